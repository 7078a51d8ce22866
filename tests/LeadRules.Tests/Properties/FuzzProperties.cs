using System;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Tests.Properties;

/// <summary>
/// FsCheck-driven fuzzing of the two parsers a user can feed: the rule loader and the NDJSON reader. Each property
/// runs a bounded number of cases in every test run (so in CI); a failure prints the seed that reproduces it.
/// </summary>
public class FuzzProperties
{
    private static readonly string DefaultRules = File.ReadAllText(RepoPaths.Rules("default.json"));
    private static readonly string[] SampleLines = File.ReadAllLines(RepoPaths.Samples("leads.ndjson"));

    private static readonly string[] Fragments =
    {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e400", "NaN", "\"\"", "\\u0000", "//", "/*", "\n",
        "\"Rules\": []", "\"Expression\": \"", "lead.Count(\"", "score", "&&", "((((", "GetType()", "\"points\": ", "\"type\": \"",
        "\"at\": \"", "2026-13-45", "9999-12-31T23:59:59Z", "0001-01-01", "\"count\": ", "2147483648", "\"id\": ", "\uFFFD", "\u00e9",
    };

    [Property(MaxTest = 300)]
    public void RuleSetParse_MutatedDefault_LoadsOrIsRefusedWithProblems(Guid seed)
    {
        var text = Mutate(DefaultRules, seed.GetHashCode());
        try
        {
            RuleSet.Parse(text);
        }
        catch (RuleSetException e) when (e.Problems.Count > 0 && e.Problems.All(p => p.Message.Length > 0))
        {
            // Refused cleanly, with located problems.
        }
    }

    [Property(MaxTest = 3000)]
    public bool LeadJsonReaderParse_AnyText_GivesALeadOrAnError(string? line) => OneAnswer(LeadJsonReader.Parse(line!, 1));

    [Property(MaxTest = 3000)]
    public bool LeadJsonReaderParse_MutatedSampleLine_GivesALeadOrAnError(Guid seed) =>
        OneAnswer(LeadJsonReader.Parse(Mutate(SampleLines[(seed.GetHashCode() & int.MaxValue) % SampleLines.Length], seed.GetHashCode()), 1));

    [Property(MaxTest = 200)]
    public bool AssessItemsParallel_AnyLines_OneResultPerLineInOrder(Guid guid)
    {
        var seed = guid.GetHashCode();
        var random = new Random(seed);
        var lines = Enumerable.Range(0, random.Next(0, 60))
            .Select(i => Mutate(SampleLines[random.Next(SampleLines.Length)], seed + i).Replace("\n", " ").Replace("\r", " "))
            .ToArray();
        var read = LeadJsonReader.ReadLines(new StringReader(string.Join("\n", lines))).ToArray();

        var results = new LeadScorer(RuleSet.Default).AssessItemsParallel(
            read,
            line => line.Lead,
            (line, assessment) => (line.LineNumber, Answered: assessment is not null || line.Error is not null),
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

        return read.Length == lines.Length
            && results.All(r => r.Answered)
            && results.Select(r => r.LineNumber).SequenceEqual(Enumerable.Range(1, lines.Length).Select(i => (long)i));
    }

    private static bool OneAnswer(LeadLine line) => (line.Lead is null) != (line.Error is null);

    /// <summary>Applies one to four random edits (delete, insert a fragment, replace, duplicate) to <paramref name="text"/>.</summary>
    private static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        for (var edits = random.Next(1, 5); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(text.Length - at, random.Next(1, 20));
            text = random.Next(4) switch
            {
                0 => text.Remove(at, length),
                1 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
                2 => text.Remove(at, 1).Insert(at, ((char)random.Next(32, 127)).ToString()),
                _ => text.Insert(at, text.Substring(at, length)),
            };
        }

        return text;
    }
}
