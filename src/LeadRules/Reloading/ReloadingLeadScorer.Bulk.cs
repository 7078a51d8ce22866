using System;
using System.Collections.Generic;
using System.Threading;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Reloading;

/// <summary>The bulk methods of <see cref="ILeadScorer"/>: each call takes the serving scorer once, so one batch uses one rule set.</summary>
public sealed partial class ReloadingLeadScorer
{
    /// <summary>The rule set serving now.</summary>
    public RuleSet Rules => Current.Rules;

    /// <inheritdoc cref="LeadScorer.AssessMany(IEnumerable{Lead}, DateTimeOffset)"/>
    public IEnumerable<Assessment> AssessMany(IEnumerable<Lead> leads, DateTimeOffset asOf) => Current.AssessMany(leads, asOf);

    /// <inheritdoc cref="LeadScorer.AssessMany(ReadOnlySpan{Lead}, Span{Assessment}, DateTimeOffset)"/>
    public void AssessMany(ReadOnlySpan<Lead> leads, Span<Assessment> results, DateTimeOffset asOf) => Current.AssessMany(leads, results, asOf);

    /// <inheritdoc cref="LeadScorer.AssessParallel"/>
    public Assessment[] AssessParallel(IReadOnlyList<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Current.AssessParallel(leads, asOf, options, cancellationToken);

    /// <inheritdoc cref="LeadScorer.AssessParallelInto"/>
    public void AssessParallelInto(IReadOnlyList<Lead> leads, Assessment[] results, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Current.AssessParallelInto(leads, results, asOf, options, cancellationToken);

    /// <inheritdoc cref="LeadScorer.AssessItemsParallel"/>
    public TResult[] AssessItemsParallel<TSource, TResult>(
        IReadOnlyList<TSource> items,
        Func<TSource, Lead?> leadOf,
        Func<TSource, Assessment?, TResult> resultOf,
        DateTimeOffset asOf,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Current.AssessItemsParallel(items, leadOf, resultOf, asOf, options, cancellationToken);

    /// <inheritdoc cref="LeadScorer.AssessManyAsync"/>
    public IAsyncEnumerable<Assessment> AssessManyAsync(IAsyncEnumerable<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Current.AssessManyAsync(leads, asOf, options, cancellationToken);
}
