using System;
using LeadRules.Rules;

namespace LeadRules.Reloading;

/// <summary>A changed rule file was refused; the rule set that served before goes on serving.</summary>
public sealed class RuleSetRefusedEventArgs : EventArgs
{
    internal RuleSetRefusedEventArgs(RuleSetException error, RuleSetStamp serving)
    {
        Error = error;
        Serving = serving;
    }

    /// <summary>Every problem of the refused file, located.</summary>
    public RuleSetException Error { get; }

    /// <summary>The rule set still serving.</summary>
    public RuleSetStamp Serving { get; }
}
