namespace LeadRules.Analytics.Backtest;

/// <summary>How often one strategy was recommended in a backtest.</summary>
public sealed class StrategyUsage
{
    internal StrategyUsage(string strategy, string owner, long recommended)
    {
        Strategy = strategy;
        Owner = owner;
        Recommended = recommended;
    }

    /// <summary>The strategy id.</summary>
    public string Strategy { get; }

    /// <summary>Who carries it out: <c>marketing</c> or <c>sales</c>.</summary>
    public string Owner { get; }

    /// <summary>How many leads it was recommended for.</summary>
    public long Recommended { get; }
}
