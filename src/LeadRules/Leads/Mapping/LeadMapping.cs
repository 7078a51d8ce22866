using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LeadRules.Rules;
using LeadRules.Rules.Reading;

namespace LeadRules.Leads.Mapping;

/// <summary>
/// A checked mapping from a CSV export's columns to leads: which columns give contact points (and when), consent,
/// attributes, the id and the outcome label. Immutable and safe to share; read CSV with <see cref="CsvLeadReader"/>.
/// </summary>
public sealed class LeadMapping
{
    private LeadMapping(string source, MappingSpec spec)
    {
        Source = source;
        Spec = spec;
        ContactPointTypes = spec.Types.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Where the mapping came from: a file path, or the name given to <see cref="Parse"/>.</summary>
    public string Source { get; }

    /// <summary>Every contact-point type the mapping can give, in file order.</summary>
    public IReadOnlyList<string> ContactPointTypes { get; }

    /// <summary>The outcome column (<c>Label.Column</c>), or <see langword="null"/> when the mapping has no label.</summary>
    public string? LabelColumn => Spec.LabelColumn;

    /// <summary>The names of the text and boolean attributes the mapping gives leads, in file order.</summary>
    public IReadOnlyList<string> TextAttributes => Spec.Attributes.Where(a => a.Kind is AttributeKind.String or AttributeKind.Boolean).Select(a => a.Name).ToArray();

    /// <summary>The names of the numeric attributes the mapping gives leads, in file order.</summary>
    public IReadOnlyList<string> NumberAttributes => Spec.Attributes.Where(a => a.Kind == AttributeKind.Number).Select(a => a.Name).ToArray();

    internal MappingSpec Spec { get; }

    /// <summary>Loads and checks a mapping file.</summary>
    /// <param name="path">The mapping file's path; it becomes <see cref="Source"/>.</param>
    /// <returns>The checked mapping.</returns>
    /// <exception cref="MappingException">The file cannot be read or has problems; every problem is listed, located.</exception>
    public static LeadMapping Load(string path)
    {
        var refusal = Rules.Reading.RegularFile.Refusal(path, "mapping file");
        if (refusal is not null)
        {
            throw new MappingException(path, new[] { new MappingProblem(path, 0, 0, refusal) });
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new MappingException(path, new[] { new MappingProblem(path, 0, 0, $"cannot read the mapping file: {e.Message}") });
        }

        return FromBytes(bytes, path);
    }

    /// <summary>Reads and checks a mapping from a stream (read to its end, not closed).</summary>
    /// <param name="stream">The mapping file's UTF-8 bytes.</param>
    /// <param name="source">The name used in problem locations and as <see cref="Source"/>.</param>
    /// <returns>The checked mapping.</returns>
    /// <exception cref="MappingException">The mapping has problems; every problem is listed, located.</exception>
    public static LeadMapping Load(Stream stream, string source)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return FromBytes(JsonFile.ReadBounded(stream), source);
    }

    /// <summary>Checks a mapping held in a string.</summary>
    /// <param name="json">The mapping file's text.</param>
    /// <param name="source">The name used in problem locations and as <see cref="Source"/>.</param>
    /// <returns>The checked mapping.</returns>
    /// <exception cref="MappingException">The mapping has problems; every problem is listed, located.</exception>
    public static LeadMapping Parse(string json, string source = "mapping.json") =>
        FromBytes(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source);

    /// <summary>
    /// The mapping's contact-point types that <paramref name="vocabulary"/> does not know, each located in the mapping
    /// file; empty when every type is known. Check before scoring so that no row fails for an unknown type.
    /// </summary>
    /// <param name="vocabulary">The vocabulary of the rule set the leads will be scored with, usually <see cref="RuleSet.Vocabulary"/>.</param>
    /// <returns>One problem per unknown type, in mapping-file order; empty when every type is known.</returns>
    public IReadOnlyList<MappingProblem> Check(Vocabulary vocabulary)
    {
        if (vocabulary is null)
        {
            throw new ArgumentNullException(nameof(vocabulary));
        }

        return Spec.Types
            .Where(t => vocabulary.GroupOf(t.Name) is null)
            .Select(t => new MappingProblem(Source, t.Line, t.Column, $"'{Formatting.Shorten(t.Name)}' is not a contact-point type of the rule set's vocabulary; fix the type or add it to the rule set's Vocabulary.ContactPointTypes."))
            .ToArray();
    }

    private static LeadMapping FromBytes(byte[] bytes, string source)
    {
        var problems = new ProblemList(source);
        if (bytes.Length > Limits.RuleFileBytes)
        {
            problems.Add(1, 1, $"the mapping file is larger than the limit of {Limits.RuleFileBytes:N0} bytes.");
            throw Refused(source, problems);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problems.Add(1, 1, "the mapping file is not UTF-8 text; save it as UTF-8.");
            throw Refused(source, problems);
        }

        var spec = MappingFileReader.Read(text, problems);
        if (problems.Count > 0 || spec is null)
        {
            throw Refused(source, problems);
        }

        return new LeadMapping(source, spec);
    }

    private static MappingException Refused(string source, ProblemList problems) =>
        new(source, problems.InFileOrder().Select(p => new MappingProblem(p.Source, p.Line, p.Column, p.Message)).ToArray());
}
