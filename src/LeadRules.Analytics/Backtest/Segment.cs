namespace LeadRules.Analytics.Backtest;

/// <summary>The leads of one temperature or one owner in a backtest, and how they converted.</summary>
public sealed class Segment
{
    internal Segment(string name, long leads, double share, Rate conversion, double lift)
    {
        Name = name;
        Leads = leads;
        Share = share;
        Conversion = conversion;
        Lift = lift;
    }

    /// <summary>The temperature (<c>cold</c>, <c>warm</c>, <c>qualified</c>) or owner (<c>marketing</c>, <c>sales</c>).</summary>
    public string Name { get; }

    /// <summary>How many scored leads fell in the segment.</summary>
    public long Leads { get; }

    /// <summary>The segment's share of the scored leads, from 0 to 1.</summary>
    public double Share { get; }

    /// <summary>The segment's conversion rate, with its 95% interval.</summary>
    public Rate Conversion { get; }

    /// <summary>The conversion rate divided by the base rate; NaN when either is undefined or the base rate is 0.</summary>
    public double Lift { get; }
}
