using System;

namespace LeadRules.Analytics.Diff;

/// <summary>How much of a rule-set diff to keep, and how to score the leads in <see cref="RuleSetDiff"/>.</summary>
public sealed class DiffOptions
{
    /// <summary>How many leads whose temperature changed to keep as examples: the first ones in input order.</summary>
    /// <value>20.</value>
    public int MovedLeads { get; set; } = 20;

    /// <summary>How many rules to keep in <see cref="DiffResult.RuleChanges"/>: those whose firing differs the most.</summary>
    /// <value>20.</value>
    public int RuleChanges { get; set; } = 20;

    /// <summary>How many threads score leads in <see cref="RuleSetDiff"/>.</summary>
    /// <value><see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>How many leads <see cref="RuleSetDiff"/> holds and scores at a time.</summary>
    /// <value>8192.</value>
    public int ChunkSize { get; set; } = 8192;

    internal void Check()
    {
        if (MovedLeads < 0 || RuleChanges < 0)
        {
            throw new ArgumentOutOfRangeException(MovedLeads < 0 ? nameof(MovedLeads) : nameof(RuleChanges), "DiffOptions.MovedLeads and DiffOptions.RuleChanges cannot be negative; use 0 to keep none.");
        }
    }
}
