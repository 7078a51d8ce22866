using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Analytics.Diff;

/// <summary>Compares two rule sets in one call: scores the same leads with both and reports what changes.</summary>
public static class RuleSetDiff
{
    /// <summary>
    /// Scores <paramref name="leads"/> with both rule sets, chunk by chunk across cores, and gathers what changes: only
    /// one chunk of leads is held at a time.
    /// </summary>
    /// <param name="rules">The new rule set.</param>
    /// <param name="against">The rule set it is compared against, usually the one in use.</param>
    /// <param name="leads">The leads, read once, in order.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">How many moved leads and rules to keep, parallelism and chunk size; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>What changes between the two rule sets over the leads both could score; <see cref="DiffResult.Backtest"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">An entry of <paramref name="leads"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DiffResult Run(RuleSet rules, RuleSet against, IEnumerable<Lead> leads, DateTimeOffset asOf, DiffOptions? options = null, CancellationToken cancellationToken = default) =>
        RunWithOutcomes(rules, against, (leads ?? throw new ArgumentNullException(nameof(leads))).Select(lead => (lead, (bool?)null)), asOf, options, cancellationToken);

    /// <summary>
    /// Scores <paramref name="leads"/> with both rule sets, chunk by chunk across cores, and gathers what changes; the
    /// leads whose outcome is known are also backtested under each rule set (<see cref="DiffResult.Backtest"/>).
    /// </summary>
    /// <param name="rules">The new rule set.</param>
    /// <param name="against">The rule set it is compared against, usually the one in use.</param>
    /// <param name="leads">The leads with whether each converted (<see langword="null"/>: not known), read once, in order.</param>
    /// <param name="asOf">The time to assess at: for a backtest, the moment the outcomes were not yet known.</param>
    /// <param name="options">How many moved leads and rules to keep, parallelism and chunk size; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>What changes between the two rule sets over the leads both could score, with both backtests when any lead came with an outcome.</returns>
    /// <exception cref="ArgumentException">An entry of <paramref name="leads"/> has no lead.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DiffResult RunWithOutcomes(
        RuleSet rules,
        RuleSet against,
        IEnumerable<(Lead Lead, bool? Converted)> leads,
        DateTimeOffset asOf,
        DiffOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (rules is null || against is null || leads is null)
        {
            throw new ArgumentNullException(rules is null ? nameof(rules) : against is null ? nameof(against) : nameof(leads));
        }

        options ??= new DiffOptions();
        var accumulator = new DiffAccumulator(rules, against, asOf, options);
        var scorer = new LeadScorer(rules);
        var againstScorer = new LeadScorer(against);
        var batch = new BatchOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, ChunkSize = options.ChunkSize, ChunkBytes = options.ChunkBytes };
        var chunk = new List<(long Position, Lead Lead, bool? Converted)>(Math.Max(1, Math.Min(options.ChunkSize, 65536)));
        long position = 0;
        long bytes = 0;
        foreach (var (lead, converted) in leads)
        {
            chunk.Add(lead is null
                ? throw new ArgumentException($"Entry {position} of the leads has no lead (it is null); give every entry a lead.", nameof(leads))
                : (position, lead, converted));
            position++;
            bytes += LeadSize.Bytes(lead);
            if (chunk.Count >= options.ChunkSize || bytes >= options.ChunkBytes)
            {
                Flush();
            }
        }

        // Also on an empty input, so the options are checked the same way whatever the input.
        Flush();
        return accumulator.ToResult();

        void Flush()
        {
            scorer.AssessItemsParallel(chunk, e => e.Lead, Add, asOf, batch, cancellationToken);
            chunk.Clear();
            bytes = 0;
        }

        bool Add((long Position, Lead Lead, bool? Converted) entry, Assessment? assessment)
        {
            accumulator.Add(entry.Position, entry.Lead, assessment!, againstScorer.Assess(entry.Lead, asOf), entry.Converted);
            return true;
        }
    }
}
