using System;

namespace LeadRules.Leads;

/// <summary>A strategy already applied to a lead, used for cool-downs.</summary>
public sealed class StrategyUse
{
    /// <summary>Records that <paramref name="strategy"/> was applied at <paramref name="at"/>.</summary>
    /// <param name="strategy">The strategy id, for example <c>personal_follow_up_email</c>.</param>
    /// <param name="at">When it was applied.</param>
    public StrategyUse(string strategy, DateTimeOffset at)
    {
        Strategy = strategy;
        At = at;
    }

    /// <summary>The strategy id, for example <c>personal_follow_up_email</c>.</summary>
    public string Strategy { get; }

    /// <summary>When it was applied.</summary>
    public DateTimeOffset At { get; }
}
