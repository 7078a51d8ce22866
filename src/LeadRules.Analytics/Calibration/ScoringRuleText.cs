using System.Collections.Generic;

namespace LeadRules.Analytics.Calibration;

/// <summary>One scoring rule of a rule file as written: its name, its whole text, its expression and its members but <c>Properties</c>.</summary>
internal sealed class ScoringRuleText
{
    public ScoringRuleText(string name, string raw, string expression, IReadOnlyList<(string Name, string Raw)> members)
    {
        Name = name;
        Raw = raw;
        Expression = expression;
        Members = members;
    }

    public string Name { get; }

    public string Raw { get; }

    public string Expression { get; }

    public IReadOnlyList<(string Name, string Raw)> Members { get; }
}
