namespace LeadRules.Analytics.Backtest;

/// <summary>One team's side of the balance view: the leads it owns and the strategies due from it.</summary>
public sealed class Workload
{
    internal Workload(string owner, long leadsOwned, long strategiesDue)
    {
        Owner = owner;
        LeadsOwned = leadsOwned;
        StrategiesDue = strategiesDue;
    }

    /// <summary><c>marketing</c> or <c>sales</c>.</summary>
    public string Owner { get; }

    /// <summary>How many leads the team owns.</summary>
    public long LeadsOwned { get; }

    /// <summary>How many recommendations the team must carry out (a strategy's owner may differ from the lead's).</summary>
    public long StrategiesDue { get; }
}
