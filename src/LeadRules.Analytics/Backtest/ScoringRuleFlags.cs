namespace LeadRules.Analytics.Backtest;

/// <summary>The texts of <see cref="ScoringRuleEvidence.Flag"/>: why a scoring rule's evidence contradicts its points.</summary>
public static class ScoringRuleFlags
{
    /// <summary>The rule adds points, but the leads it held for converted below the base rate.</summary>
    public const string GivesPointsConvertsBelowBase = "gives points but converts below the base rate";

    /// <summary>The rule subtracts points, but the leads it held for converted above the base rate.</summary>
    public const string SubtractsPointsConvertsAboveBase = "subtracts points but converts above the base rate";

    /// <summary>The rule held for none of the leads: the backtest says nothing about it.</summary>
    public const string NeverHeld = "never held";
}
