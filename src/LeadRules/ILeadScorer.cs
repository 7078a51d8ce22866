using System;
using System.Collections.Generic;
using System.Threading;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules;

/// <summary>
/// Assesses leads against a rule set: what <see cref="LeadScorer"/>, <see cref="Reloading.ReloadingLeadScorer"/> and the
/// dependency-injection scorer share, so a host can depend on it and a test can replace it. Implementations are
/// thread-safe and never throw for a bad lead: the assessment carries the error.
/// </summary>
public interface ILeadScorer
{
    /// <summary>The rule set serving now.</summary>
    RuleSet Rules { get; }

    /// <summary>Assesses one lead as of <paramref name="asOf"/>.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="asOf">The time to assess at: later contact points are not seen, and decay and cool-downs are measured to it.</param>
    /// <returns>The lead's assessment, or its error.</returns>
    Assessment Assess(Lead lead, DateTimeOffset asOf);

    /// <summary>Assesses leads one after another, lazily, one assessment per lead in input order.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <returns>The assessments, computed as they are enumerated.</returns>
    IEnumerable<Assessment> AssessMany(IEnumerable<Lead> leads, DateTimeOffset asOf);

    /// <summary>Assesses <paramref name="leads"/> on the calling thread into <paramref name="results"/> (at least as long), in order.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="results">Receives one assessment per lead, at the lead's index.</param>
    /// <param name="asOf">The time to assess at.</param>
    void AssessMany(ReadOnlySpan<Lead> leads, Span<Assessment> results, DateTimeOffset asOf);

    /// <summary>Assesses <paramref name="leads"/> across cores; one assessment per lead, in input order.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>The assessments, in input order.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Assessment[] AssessParallel(IReadOnlyList<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Assesses <paramref name="leads"/> across cores into <paramref name="results"/> (at least as long), in input
    /// order. A batch host that keeps one results array from batch to batch spares the collector a new large array per
    /// call, and the assessments a dropped large array keeps alive until the next full collection.
    /// </summary>
    /// <param name="leads">The leads.</param>
    /// <param name="results">Receives one assessment per lead, at the lead's index; later entries are left as they are.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="leads"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    void AssessParallelInto(IReadOnlyList<Lead> leads, Assessment[] results, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Assesses the lead of each item across cores and projects each item with its assessment into a result, on the
    /// thread that assessed it; results come in input order.
    /// </summary>
    /// <typeparam name="TSource">The item type, for example a CRM record.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="leadOf">The lead in an item, or <see langword="null"/> when the item has none (then no assessment is made).</param>
    /// <param name="resultOf">The result for an item and its assessment (<see langword="null"/> when the item had no lead).</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>One result per item, in input order.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    TResult[] AssessItemsParallel<TSource, TResult>(
        IReadOnlyList<TSource> items,
        Func<TSource, Lead?> leadOf,
        Func<TSource, Assessment?, TResult> resultOf,
        DateTimeOffset asOf,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Streams assessments for a stream of leads, in input order, a bounded chunk at a time, each chunk across cores.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>The assessments, in input order.</returns>
    IAsyncEnumerable<Assessment> AssessManyAsync(IAsyncEnumerable<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default);
}
