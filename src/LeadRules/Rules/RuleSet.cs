using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using LeadRules.Expressions;
using LeadRules.Recency;
using LeadRules.Rules.Compiling;
using LeadRules.Rules.Definitions;
using LeadRules.Rules.Reading;

namespace LeadRules.Rules;

/// <summary>
/// A loaded, checked rule set: three RulesEngine workflows (scoring, temperature, strategies) and the vocabulary
/// they use. Immutable and safe to share across threads. Every expression was compiled when it loaded.
/// </summary>
public sealed class RuleSet
{
    private const string DefaultResource = "LeadRules.default.json";
    private const string SchemaResource = "LeadRules.leadrules.schema.json";
    private static readonly Lazy<RuleSet> EmbeddedDefault = new(LoadDefault);
    private static readonly Lazy<string> EmbeddedSchema = new(() => ReadResource(SchemaResource));

    private RuleSet(string source, string text, string hash, RuleFileSpec file, RuleSetBuilder built)
    {
        Source = source;
        Text = text;
        Stamp = new RuleSetStamp(file.Name, file.Version, hash);
        Vocabulary = built.Vocabulary;
        Decay = built.Decay;
        Scoring = built.Scoring!;
        Temperature = built.Temperature!;
        Strategies = built.Strategies!;
        Rules = Scoring.Rules.Select(r => RuleInfo.Scoring(r.Name, r.Points, Vocabulary))
            .Concat(Temperature.Rules.Select(r => new RuleInfo(WorkflowNames.Temperature, r.Name, r.Temperature, r.Owner)))
            .Concat(Strategies.Rules.Select(r => RuleInfo.Strategy(r.Name, r.Terms)))
            .ToArray();
        Recency = RecencyPlan.Build(Vocabulary, Scoring, Temperature, Strategies);
        AttributeReads = built.AttributeReads;
    }

    /// <summary>The default rule set, embedded in the library: the article's temperatures and the whole strategy catalogue.</summary>
    public static RuleSet Default => EmbeddedDefault.Value;

    /// <summary>
    /// The JSON Schema of rule files (draft-07), the <c>leadrules.schema.json</c> that a rule file's <c>$schema</c>
    /// names, for editors and tools that write it beside a rule file.
    /// </summary>
    public static string JsonSchema => EmbeddedSchema.Value;

    /// <summary>Where the rule set came from: a file path, or the name given to <see cref="Parse"/>.</summary>
    public string Source { get; }

    /// <summary>The rule file's text as it was loaded (comments included), for tools that write a changed copy.</summary>
    public string Text { get; }

    /// <summary>The rule set's name, version and content hash.</summary>
    public RuleSetStamp Stamp { get; }

    /// <summary>The contact-point types, channel groups and strategy ids the rule set knows.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Every top-level rule, in file order: the scoring rules, then the temperature rules, then the strategies.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    internal DecayPlan Decay { get; }

    internal RecencyPlan Recency { get; }

    /// <summary>The attributes the rules read with a literal name.</summary>
    internal Leads.AttributeReads AttributeReads { get; }

    internal WorkflowDefinition<ScoringRule> Scoring { get; }

    internal WorkflowDefinition<TemperatureRule> Temperature { get; }

    internal WorkflowDefinition<StrategyRule> Strategies { get; }

    /// <summary>Loads and checks a rule file.</summary>
    /// <param name="path">The rule file's path; it becomes <see cref="Source"/>.</param>
    /// <returns>The checked rule set.</returns>
    /// <exception cref="RuleSetException">The file cannot be read or has problems; every problem is listed, located.</exception>
    public static RuleSet Load(string path) => FromBytes(ReadFile(path), path);

    /// <summary>Checks a rule set held in a string.</summary>
    /// <param name="json">The rule file's text.</param>
    /// <param name="source">The name used in problem locations and as <see cref="Source"/>.</param>
    /// <returns>The checked rule set.</returns>
    /// <exception cref="RuleSetException">The rule set has problems; every problem is listed, located.</exception>
    public static RuleSet Parse(string json, string source = "rules.json") => FromBytes(Encoding.UTF8.GetBytes(json), source);

    /// <summary>Reads and checks a rule set from a stream (read to its end, not closed).</summary>
    /// <param name="stream">The rule file's UTF-8 bytes.</param>
    /// <param name="source">The name used in problem locations and as <see cref="Source"/>.</param>
    /// <returns>The checked rule set.</returns>
    /// <exception cref="RuleSetException">The rule set has problems; every problem is listed, located.</exception>
    public static RuleSet Load(Stream stream, string source)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return FromBytes(JsonFile.ReadBounded(stream), source);
    }

    /// <summary>
    /// Reads a rule file whole, refusing before reading anything but a regular file within <see cref="Limits.RuleFileBytes"/>
    /// (a directory, a device such as <c>/dev/zero</c>, a named pipe); what it reads is bounded even if the file grows meanwhile.
    /// </summary>
    /// <exception cref="RuleSetException">The file cannot be read, is not a regular file, or is too large.</exception>
    internal static byte[] ReadFile(string path)
    {
        string refusal;
        try
        {
            if (RegularFile.Refusal(path, "rule file") is { } notRegular)
            {
                refusal = notRegular;
            }
            else if (new FileInfo(path) is { Exists: true, Length: > Limits.RuleFileBytes })
            {
                throw TooLarge(path);
            }
            else
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return JsonFile.ReadBounded(stream);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            refusal = $"cannot read the rule file: {e.Message}";
        }

        throw new RuleSetException(path, new[] { new RuleProblem(path, 0, 0, null, null, refusal) });
    }

    /// <summary>The SHA-256 of a rule file's bytes, as <see cref="RuleSetStamp.Hash"/> gives it.</summary>
    internal static string Hash(byte[] bytes)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// Starts the expression parser's one-time set-up on another core (about 0.1 s of reflection on first use), so that
    /// it overlaps what the caller does before the first rule set loads. Does nothing after the first call.
    /// </summary>
    internal static void PrepareParser() => ConditionParser.Prepare();

    /// <summary>Checks a rule set from a file's bytes; <paramref name="source"/> names it in problems.</summary>
    internal static RuleSet FromBytes(byte[] bytes, string source)
    {
        if (bytes.Length > Limits.RuleFileBytes)
        {
            throw TooLarge(source);
        }

        PrepareParser();
        var problems = new ProblemList(source);

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problems.Add(1, 1, "the rule file is not UTF-8 text; save it as UTF-8.");
            throw new RuleSetException(source, problems.InFileOrder());
        }

        var (file, built) = OnLargeStack(() =>
        {
            var read = RuleFileReader.Read(text, problems);
            return (read, read is null ? null : RuleSetBuilder.Build(read, problems));
        });
        if (problems.Count > 0 || file is null || built is null)
        {
            throw new RuleSetException(source, problems.InFileOrder());
        }

        return new RuleSet(source, text, Hash(bytes), file, built);
    }

    /// <summary>
    /// Reads and checks on a thread with a large stack: the expression parser recurses per nesting level, and the
    /// limits keep it shallow, but a host's small thread stack must never be what decides.
    /// </summary>
    private static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new System.Threading.Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }
            },
            64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static RuleSet LoadDefault()
    {
        using var stream = OpenResource(DefaultResource);
        return Load(stream, "default.json");
    }

    private static string ReadResource(string name)
    {
        using var reader = new StreamReader(OpenResource(name), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Stream OpenResource(string name) =>
        typeof(RuleSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(RuleSet).Assembly.FullName}.");

    private static RuleSetException TooLarge(string source)
    {
        var problems = new ProblemList(source);
        problems.Add(1, 1, $"the rule file is larger than the limit of {Limits.RuleFileBytes:N0} bytes. Split the rules or shorten them.");
        return new RuleSetException(source, problems.InFileOrder());
    }
}
