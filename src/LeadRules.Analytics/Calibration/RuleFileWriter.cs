using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Writes a rule file in the usual format from a base file's parts: the envelope and vocabulary as they were, a scoring
/// workflow of given rules, a temperature workflow, and the strategies workflow copied as written.
/// </summary>
internal static class RuleFileWriter
{
    private const string RuleIndent = "        ";

    /// <summary>The whole file. Rules are complete JSON objects, written at the rules' indentation.</summary>
    public static string Write(
        RuleFileParts parts,
        string version,
        IEnumerable<string> headerComments,
        IEnumerable<string> scoringComments,
        IReadOnlyList<string> scoringRules,
        string temperature)
    {
        var text = new StringBuilder();
        foreach (var line in headerComments)
        {
            text.Append("// ").Append(line).Append('\n');
        }

        text.Append("{\n");
        if (parts.Schema is not null)
        {
            text.Append("  \"$schema\": ").Append(parts.Schema).Append(",\n");
        }

        text.Append("  \"Name\": ").Append(JsonText.String(parts.Name)).Append(",\n");
        text.Append("  \"Version\": ").Append(JsonText.String(version)).Append(",\n");
        if (parts.Vocabulary is not null)
        {
            text.Append("  \"Vocabulary\": ").Append(parts.Vocabulary).Append(",\n");
        }

        text.Append("  \"Workflows\": [\n    {\n      \"WorkflowName\": \"scoring\",\n");
        foreach (var line in scoringComments)
        {
            text.Append("      // ").Append(line).Append('\n');
        }

        foreach (var (name, raw) in parts.ScoringExtras)
        {
            text.Append("      ").Append(JsonText.String(name)).Append(": ").Append(raw).Append(",\n");
        }

        text.Append("      \"Rules\": [\n");
        text.Append(string.Join(",\n", scoringRules.Select(r => RuleIndent + r)));
        text.Append("\n      ]\n    },\n    ").Append(temperature).Append(",\n    ").Append(parts.Strategies).Append("\n  ]\n}\n");
        return text.ToString();
    }

    /// <summary>A rule object: comment lines, then members (name and JSON value), then a one-line <c>Properties</c>.</summary>
    public static string Rule(IEnumerable<string> comments, IEnumerable<(string Name, string Raw)> members, IEnumerable<(string Name, string Value)> properties)
    {
        var text = new StringBuilder("{\n");
        foreach (var line in comments)
        {
            text.Append(RuleIndent).Append("  // ").Append(line).Append('\n');
        }

        foreach (var (name, raw) in members)
        {
            text.Append(RuleIndent).Append("  ").Append(JsonText.String(name)).Append(": ").Append(raw).Append(",\n");
        }

        text.Append(RuleIndent).Append("  \"Properties\": { ")
            .Append(string.Join(", ", properties.Select(p => JsonText.String(p.Name) + ": " + p.Value)))
            .Append(" }\n").Append(RuleIndent).Append('}');
        return text.ToString();
    }

    /// <summary>A temperature workflow of one rule per threshold, cold for the rest; owners left to their defaults.</summary>
    public static string Temperature(IEnumerable<(string Name, string Expression, string Temperature)> rules) =>
        "{\n      \"WorkflowName\": " + JsonText.String(WorkflowNames.Temperature) + ",\n      \"Rules\": [\n"
        + string.Join(",\n", rules.Select(r => RuleIndent + Rule(
            Enumerable.Empty<string>(),
            new[] { ("RuleName", JsonText.String(r.Name)), ("Expression", JsonText.String(r.Expression)) },
            new[] { ("temperature", JsonText.String(r.Temperature)) })))
        + "\n      ]\n    }";
}
