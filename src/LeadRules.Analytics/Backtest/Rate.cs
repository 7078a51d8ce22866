namespace LeadRules.Analytics.Backtest;

/// <summary>A proportion observed in a backtest, such as a conversion rate, with its 95% Wilson score interval.</summary>
public sealed class Rate
{
    internal Rate(long hits, long of, double lower, double upper)
    {
        Hits = hits;
        Of = of;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>How many of <see cref="Of"/> were hits (for a conversion rate: converted).</summary>
    public long Hits { get; }

    /// <summary>How many there were in all.</summary>
    public long Of { get; }

    /// <summary><see cref="Hits"/> divided by <see cref="Of"/>; NaN when <see cref="Of"/> is 0.</summary>
    public double Value => Of == 0 ? double.NaN : (double)Hits / Of;

    /// <summary>The lower end of the 95% Wilson interval; NaN when <see cref="Of"/> is 0.</summary>
    public double Lower { get; }

    /// <summary>The upper end of the 95% Wilson interval; NaN when <see cref="Of"/> is 0.</summary>
    public double Upper { get; }
}
