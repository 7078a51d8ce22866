using System;

namespace LeadRules.Reloading;

/// <summary>A new rule set now serves: every assessment from here on comes wholly from it.</summary>
public sealed class RuleSetReloadedEventArgs : EventArgs
{
    internal RuleSetReloadedEventArgs(RuleSetStamp previous, RuleSetStamp current)
    {
        Previous = previous;
        Current = current;
    }

    /// <summary>The rule set that served until now.</summary>
    public RuleSetStamp Previous { get; }

    /// <summary>The rule set that serves from now on.</summary>
    public RuleSetStamp Current { get; }
}
