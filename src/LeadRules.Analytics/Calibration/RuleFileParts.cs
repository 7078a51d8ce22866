using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>The pieces of a loaded rule file's text that a calibrated copy keeps: the envelope, each scoring rule's members, the workflows as written.</summary>
internal sealed class RuleFileParts
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    private readonly RuleInfo[] _scoring;

    private RuleFileParts(RuleSet rules)
    {
        using var document = JsonDocument.Parse(rules.Text, Lenient);
        var root = document.RootElement;
        Schema = root.TryGetProperty("$schema", out var schema) ? schema.GetRawText() : null;
        Vocabulary = root.TryGetProperty("Vocabulary", out var vocabulary) ? vocabulary.GetRawText() : null;
        var workflows = root.GetProperty("Workflows").EnumerateArray().ToDictionary(w => w.GetProperty("WorkflowName").GetString()!, w => w, StringComparer.Ordinal);
        Temperature = workflows[WorkflowNames.Temperature].GetRawText();
        Strategies = workflows[WorkflowNames.Strategies].GetRawText();
        var scoring = workflows[WorkflowNames.Scoring];
        ScoringExtras = scoring.EnumerateObject().Where(p => p.Name is not ("WorkflowName" or "Rules")).Select(p => (p.Name, p.Value.GetRawText())).ToArray();
        ScoringRules = scoring.GetProperty("Rules").EnumerateArray().Select(r => new ScoringRuleText(
            r.GetProperty("RuleName").GetString()!,
            r.GetRawText(),
            r.TryGetProperty("Expression", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty,
            r.EnumerateObject().Where(p => p.Name != "Properties").Select(p => (p.Name, p.Value.GetRawText())).ToArray())).ToArray();
        _scoring = rules.Rules.Where(r => r.Workflow == WorkflowNames.Scoring).ToArray();
        Name = rules.Stamp.Name;
        Version = rules.Stamp.Version;
    }

    public string Name { get; }

    public string Version { get; }

    public string? Schema { get; }

    public string? Vocabulary { get; }

    public string Temperature { get; }

    public string Strategies { get; }

    public IReadOnlyList<(string Name, string Raw)> ScoringExtras { get; }

    public IReadOnlyList<ScoringRuleText> ScoringRules { get; }

    public IEnumerable<string> ScoringRuleNames => ScoringRules.Select(r => r.Name);

    public IEnumerable<string> ScoringExpressions => ScoringRules.Select(r => r.Expression).Where(e => e.Length > 0);

    /// <summary>The version with its minor part raised: 1.0.0 gives 1.1.0; a version not of that form gets <c>.1</c> appended.</summary>
    public string NextVersion
    {
        get
        {
            var parts = Version.Split('.');
            return parts.Length >= 2 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor)
                ? string.Join(".", new[] { parts[0], (minor + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(parts.Skip(2).Select(_ => "0")))
                : Version + ".1";
        }
    }

    public static RuleFileParts Of(RuleSet rules) => new(rules);

    /// <summary>Whether a scoring rule is tied to <paramref name="type"/> or names it as a literal anywhere in its text.</summary>
    public bool Covers(string type) =>
        _scoring.Any(r => r.Type == type) || ScoringRules.Any(r => r.Raw.IndexOf("\\\"" + type + "\\\"", StringComparison.Ordinal) >= 0);
}
