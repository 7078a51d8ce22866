using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>One feature of the fit: a scoring rule of the base rule set, or a proposed rule worth 1 point in the probe.</summary>
internal sealed class Candidate
{
    private Candidate(string name, string expression, RuleInfo? baseRule, bool negativeGroup)
    {
        Name = name;
        Expression = expression;
        BaseRule = baseRule;
        NegativeGroup = negativeGroup;
    }

    public string Name { get; }

    /// <summary>The proposed rule's expression; for a base rule, its expression as written (empty when it has nested rules).</summary>
    public string Expression { get; }

    /// <summary>The base rule, or <see langword="null"/> for a proposed rule.</summary>
    public RuleInfo? BaseRule { get; }

    /// <summary>Whether the rule's points are tied to a type of the <c>negative</c> group.</summary>
    public bool NegativeGroup { get; }

    /// <summary>The points one unit of the feature gave in the probe: the rule's points or points each; 1 for a proposal.</summary>
    public double Unit => BaseRule is null ? 1 : BaseRule.Points ?? BaseRule.PointsEach ?? 1;

    public static Candidate OfBase(RuleInfo rule, string expression, Vocabulary vocabulary) =>
        new(rule.Name, expression, rule, rule.Type is { } type && vocabulary.GroupOf(type) == Vocabulary.NegativeGroup);

    public static Candidate Proposed(string name, string expression) => new(name, expression, null, false);
}
