namespace LeadRules.Analytics.Backtest;

/// <summary>How one scoring rule fared in a backtest: how often it held and how the leads it held for converted.</summary>
public sealed class ScoringRuleEvidence
{
    internal ScoringRuleEvidence(string rule, bool givesPoints, Rate whenHeld, Rate whenNotHeld, double lift, string? flag)
    {
        Rule = rule;
        GivesPoints = givesPoints;
        WhenHeld = whenHeld;
        WhenNotHeld = whenNotHeld;
        Lift = lift;
        Flag = flag;
    }

    /// <summary>The scoring rule's name.</summary>
    public string Rule { get; }

    /// <summary>Whether the rule adds points (true) or subtracts them (false), judged by the points it gave where it held.</summary>
    public bool GivesPoints { get; }

    /// <summary>Conversion of the leads the rule held for; <see cref="Rate.Of"/> is how many leads that was (0: it never held).</summary>
    public Rate WhenHeld { get; }

    /// <summary>Conversion of the leads the rule did not hold for.</summary>
    public Rate WhenNotHeld { get; }

    /// <summary>Conversion where it held divided by the base rate; NaN when it never held.</summary>
    public double Lift { get; }

    /// <summary>
    /// Why the rule's evidence contradicts its points, or <see langword="null"/>: a rule that gives points but converts
    /// below the base rate, a rule that subtracts points but converts above it, or a rule that never held.
    /// </summary>
    public string? Flag { get; }
}
