namespace LeadRules.Analytics.Backtest;

/// <summary>One bar of the score distribution: how many converted and not converted leads scored in a range.</summary>
public sealed class ScoreBin
{
    internal ScoreBin(double from, double to, long converted, long notConverted)
    {
        From = from;
        To = to;
        Converted = converted;
        NotConverted = notConverted;
    }

    /// <summary>The lowest score of the range (included).</summary>
    public double From { get; }

    /// <summary>The highest score of the range (excluded, except in the last bin).</summary>
    public double To { get; }

    /// <summary>Converted leads that scored in the range.</summary>
    public long Converted { get; }

    /// <summary>Leads that did not convert and scored in the range.</summary>
    public long NotConverted { get; }
}
