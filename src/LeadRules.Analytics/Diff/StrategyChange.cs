namespace LeadRules.Analytics.Diff;

/// <summary>How one strategy's recommendations change between the two rule sets.</summary>
public sealed class StrategyChange
{
    internal StrategyChange(string strategy, string owner, long recommended, long againstRecommended, long gained, long lost)
    {
        Strategy = strategy;
        Owner = owner;
        Recommended = recommended;
        AgainstRecommended = againstRecommended;
        Gained = gained;
        Lost = lost;
    }

    /// <summary>The strategy id.</summary>
    public string Strategy { get; }

    /// <summary>Who carries it out under the new rule set (under the one compared against when only that one has it).</summary>
    public string Owner { get; }

    /// <summary>How many leads the new rule set recommends it for.</summary>
    public long Recommended { get; }

    /// <summary>How many leads the rule set compared against recommends it for.</summary>
    public long AgainstRecommended { get; }

    /// <summary>How many leads get it under the new rule set and not under the one compared against.</summary>
    public long Gained { get; }

    /// <summary>How many leads get it under the rule set compared against and not under the new one.</summary>
    public long Lost { get; }
}
