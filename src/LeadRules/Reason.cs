namespace LeadRules;

/// <summary>A scoring rule that held for a lead, and the points it gave.</summary>
public sealed class Reason
{
    internal Reason(string rule, double points)
    {
        Rule = rule;
        Points = points;
    }

    /// <summary>The rule's <c>RuleName</c>.</summary>
    public string Rule { get; }

    /// <summary>The points it gave after decay and cap, rounded to two decimals; negative when the rule's points are.</summary>
    public double Points { get; }

    /// <inheritdoc/>
    public override string ToString() => Rule + ":" + Formatting.Number(Points);
}
