namespace LeadRules.Analytics.Backtest;

/// <summary>One tenth of the scored leads, ranked by score, and how it converted.</summary>
/// <remarks>Leads with equal scores are never split between deciles, so deciles may differ in size and some may be empty.</remarks>
public sealed class Decile
{
    internal Decile(int number, double minScore, double maxScore, Rate conversion, double lift)
    {
        Number = number;
        MinScore = minScore;
        MaxScore = maxScore;
        Conversion = conversion;
        Lift = lift;
    }

    /// <summary>1 for the tenth with the highest scores, 10 for the lowest.</summary>
    public int Number { get; }

    /// <summary>The lowest score in the decile; NaN when it is empty.</summary>
    public double MinScore { get; }

    /// <summary>The highest score in the decile; NaN when it is empty.</summary>
    public double MaxScore { get; }

    /// <summary>The decile's leads (<see cref="Rate.Of"/>) and how many converted, with the 95% interval.</summary>
    public Rate Conversion { get; }

    /// <summary>The conversion rate divided by the base rate.</summary>
    public double Lift { get; }
}
