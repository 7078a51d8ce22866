namespace LeadRules.Rules.Definitions;

/// <summary>A rule of the <c>scoring</c> workflow and how it turns into points.</summary>
internal sealed class ScoringRule : RuleDefinition
{
    public ScoringRule(string name, Condition condition, ScoringPoints points)
        : base(name, condition) => Points = points;

    public ScoringPoints Points { get; }
}

/// <summary>
/// The points of a scoring rule: <see cref="Once"/> when it holds, or <see cref="Each"/> per occurrence of
/// <see cref="Type"/>; faded by <see cref="HalfLifeDays"/>; bounded in size by <see cref="Cap"/>.
/// </summary>
internal sealed record ScoringPoints(double? Once, double? Each, double? Cap, int Type, double? HalfLifeDays)
{
    /// <summary>The <c>DecayPlan</c> slot that sums this rule's faded occurrences, or -1.</summary>
    public int DecaySlot { get; init; } = -1;

    /// <summary>Whether the points do not depend on the lead: given once, not faded.</summary>
    public bool IsConstant => Each is null && (HalfLifeDays is null || Type < 0);
}
