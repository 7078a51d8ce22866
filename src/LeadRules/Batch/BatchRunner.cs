using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadRules.Evaluation;
using LeadRules.Leads;

namespace LeadRules.Batch;

/// <summary>Runs an <see cref="AssessmentPlan"/> over many leads: in chunks, across cores, results in input order.</summary>
internal sealed class BatchRunner
{
    /// <summary>Leads per range a thread takes at a time: long enough to make taking one cheap, short enough to end together.</summary>
    private const int RangeSize = 128;

    private readonly AssessmentPlan _plan;

    public BatchRunner(AssessmentPlan plan) => _plan = plan;

    /// <summary>Throws when a caller's <paramref name="kind"/> of results (span or array) holds fewer than <paramref name="leads"/>.</summary>
    public static void CheckRoom(int results, int leads, string kind)
    {
        if (results < leads)
        {
            throw new ArgumentException($"The results {kind} holds {results} assessments but there are {leads} leads; give it at least as many.", nameof(results));
        }
    }

    public void Run(ReadOnlySpan<Lead> leads, Span<Assessment> results, DateTimeOffset asOf)
    {
        CheckRoom(results.Length, leads.Length, "span");
        var scratch = _plan.ThreadScratch;
        for (var i = 0; i < leads.Length; i++)
        {
            results[i] = _plan.Assess(leads[i], asOf, scratch);
        }
    }

    public TResult[] Run<TSource, TResult>(
        IReadOnlyList<TSource> items,
        Func<TSource, Lead?> leadOf,
        Func<TSource, Assessment?, TResult> resultOf,
        DateTimeOffset asOf,
        BatchOptions options,
        CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        Run(items, leadOf, resultOf, results, asOf, options, cancellationToken);
        return results;
    }

    /// <summary>Assesses every item into <paramref name="results"/>, which holds at least as many, in chunks and across cores.</summary>
    public void Run<TSource, TResult>(
        IReadOnlyList<TSource> items,
        Func<TSource, Lead?> leadOf,
        Func<TSource, Assessment?, TResult> resultOf,
        TResult[] results,
        DateTimeOffset asOf,
        BatchOptions options,
        CancellationToken cancellationToken)
    {
        long failed = 0;

        // Chunks exist for progress reports and, on one thread, cancellation checks; across cores without a reporter the
        // whole list is one chunk, so the cores never wait for each other at a chunk's end (cancellation is checked
        // between ranges there).
        var chunkSize = options.Progress is null && options.MaxDegreeOfParallelism > 1 ? Math.Max(1, items.Count) : options.ChunkSize;
        for (var start = 0; start < items.Count; start += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(items.Count, start + chunkSize);
            failed += Chunk(items, leadOf, resultOf, results, start, end, asOf, options, cancellationToken);
            options.Progress?.Report(new BatchProgress(end, failed));
        }
    }

    public async IAsyncEnumerable<Assessment> Stream(
        IAsyncEnumerable<Lead> leads,
        DateTimeOffset asOf,
        BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long processed = 0;
        long failed = 0;
        var chunk = new List<Lead>(Math.Min(options.ChunkSize, 8192));
        var bytes = 0L;
        await foreach (var lead in leads.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunk.Add(lead);
            bytes += lead is null ? 0 : LeadSize.Bytes(lead);
            if (chunk.Count < options.ChunkSize && bytes < options.ChunkBytes)
            {
                continue;
            }

            var results = await AssessChunk(chunk).ConfigureAwait(false);
            chunk.Clear();
            bytes = 0;
            for (var i = 0; i < results.Length; i++)
            {
                yield return results[i];
                results[i] = null!;
            }
        }

        foreach (var result in await AssessChunk(chunk).ConfigureAwait(false))
        {
            yield return result;
        }

        async Task<Assessment[]> AssessChunk(List<Lead> batch)
        {
            var results = new Assessment[batch.Count];
            var chunkFailed = await Task.Run(() => Chunk(batch, Itself, Itself, results, 0, batch.Count, asOf, options, cancellationToken), cancellationToken).ConfigureAwait(false);
            processed += batch.Count;
            failed += chunkFailed;
            if (batch.Count > 0)
            {
                options.Progress?.Report(new BatchProgress(processed, failed));
            }

            return results;
        }
    }

    /// <summary>The lead of an item that is a lead; the result of an assessment that is the result.</summary>
    public static Lead Itself(Lead lead) => lead;

    public static Assessment Itself(Lead lead, Assessment? assessment) => assessment!;

    /// <summary>
    /// Assesses the leads of <paramref name="items"/>[start..end) into <paramref name="results"/>, each projected by
    /// <paramref name="resultOf"/> on the thread that assessed it; returns how many failed or had no lead.
    /// </summary>
    private int Chunk<TSource, TResult>(
        IReadOnlyList<TSource> items,
        Func<TSource, Lead?> leadOf,
        Func<TSource, Assessment?, TResult> resultOf,
        TResult[] results,
        int start,
        int end,
        DateTimeOffset asOf,
        BatchOptions options,
        CancellationToken cancellationToken)
    {
        if (options.MaxDegreeOfParallelism == 1 || end - start < 256)
        {
            return Range(start, end);
        }

        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        // Small ranges handed out as threads free up: the last ones end close together, whatever the leads' sizes.
        Parallel.ForEach(Partitioner.Create(start, end, RangeSize), parallel, range => Interlocked.Add(ref failed, Range(range.Item1, range.Item2)));
        return failed;

        int Range(int from, int to)
        {
            var scratch = _plan.ThreadScratch;
            var rangeFailed = 0;
            for (var i = from; i < to; i++)
            {
                var item = items[i];
                var lead = leadOf(item);
                var assessment = lead is null ? null : _plan.Assess(lead, asOf, scratch);
                rangeFailed += assessment is { Succeeded: true } ? 0 : 1;
                results[i] = resultOf(item, assessment);
            }

            return rangeFailed;
        }
    }
}
