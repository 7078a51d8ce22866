using System;
using System.Collections.Generic;
using System.Threading;
using LeadRules.Batch;
using LeadRules.Leads;

namespace LeadRules.Analytics.Backtest;

/// <summary>Backtests a rule set in one call: scores leads whose outcome is known and reports how the scores bore out.</summary>
public static class Backtest
{
    /// <summary>
    /// Scores <paramref name="leads"/> chunk by chunk across cores and gathers the backtest as it goes: only one chunk
    /// of leads is held at a time, so memory does not grow with their number (beyond one counter per distinct score).
    /// </summary>
    /// <param name="scorer">The scorer whose rule set is backtested.</param>
    /// <param name="leads">The leads with whether each converted, read once, in order.</param>
    /// <param name="asOf">The time to assess at: usually the moment the outcomes were not yet known.</param>
    /// <param name="options">Parallelism and chunk size; <see cref="BatchOptions.Progress"/> is told after every chunk how many leads are done.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>How the scores bore out; leads that could not be scored are counted in <see cref="BacktestResult.Failed"/> and left out of every figure.</returns>
    /// <exception cref="ArgumentException">An entry of <paramref name="leads"/> has no lead.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static BacktestResult Run(
        LeadScorer scorer,
        IEnumerable<(Lead Lead, bool Converted)> leads,
        DateTimeOffset asOf,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (scorer is null || leads is null)
        {
            throw new ArgumentNullException(scorer is null ? nameof(scorer) : nameof(leads));
        }

        options ??= new BatchOptions();
        var chunkOptions = new BatchOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, ChunkSize = options.ChunkSize, ChunkBytes = options.ChunkBytes };
        var accumulator = new BacktestAccumulator(scorer.Rules, asOf);
        var chunk = new List<(Lead Lead, bool Converted)>(Math.Max(1, Math.Min(options.ChunkSize, 65536)));
        long index = 0;
        long failed = 0;
        long bytes = 0;
        foreach (var entry in leads)
        {
            chunk.Add(entry.Lead is null
                ? throw new ArgumentException($"Entry {index} of the leads has no lead (it is null); give every entry a lead.", nameof(leads))
                : entry);
            index++;
            bytes += LeadSize.Bytes(entry.Lead);
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
            var outcomes = scorer.AssessItemsParallel(chunk, e => e.Lead, Add, asOf, chunkOptions, cancellationToken);
            foreach (var succeeded in outcomes)
            {
                failed += succeeded ? 0 : 1;
            }

            if (chunk.Count > 0)
            {
                options.Progress?.Report(new BatchProgress(index, failed));
            }

            chunk.Clear();
            bytes = 0;
        }

        bool Add((Lead Lead, bool Converted) entry, Assessment? assessment)
        {
            accumulator.Add(entry.Lead, assessment!, entry.Converted);
            return assessment!.Succeeded;
        }
    }
}
