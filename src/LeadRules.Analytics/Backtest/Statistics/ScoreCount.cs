namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>How many converted and not converted leads had one score.</summary>
internal readonly struct ScoreCount
{
    public ScoreCount(double score, long converted, long notConverted)
    {
        Score = score;
        Converted = converted;
        NotConverted = notConverted;
    }

    public double Score { get; }

    public long Converted { get; }

    public long NotConverted { get; }

    public long Leads => Converted + NotConverted;
}
