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

    /// <summary>
    /// A chunk also closes once its leads reach this many bytes, as estimated from their text (two bytes a character)
    /// and objects, so the leads held at once stay bounded in bytes however long each one is: at most this plus one lead.
    /// </summary>
    /// <value>16 MiB, as <see cref="Batch.BatchOptions.ChunkBytes"/>.</value>
    public long ChunkBytes { get; set; } = 16 * 1024 * 1024;

    internal void Check()
    {
        if (MovedLeads < 0 || RuleChanges < 0)
        {
            throw new ArgumentOutOfRangeException(MovedLeads < 0 ? nameof(MovedLeads) : nameof(RuleChanges), "DiffOptions.MovedLeads and DiffOptions.RuleChanges cannot be negative; use 0 to keep none.");
        }
    }
}
