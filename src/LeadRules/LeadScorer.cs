using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadRules.Batch;
using LeadRules.Evaluation;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules;

/// <summary>
/// The front door: assesses leads against a <see cref="RuleSet"/>. Thread-safe; build one and share it.
/// The answer depends only on the lead, the rule set and the as-of time; the clock is never read.
/// </summary>
public sealed class LeadScorer : ILeadScorer
{
    private readonly AssessmentPlan _plan;
    private readonly BatchRunner _batch;

    /// <summary>Builds a scorer, compiling the rule set's workflows for the chosen engine.</summary>
    /// <param name="rules">The rule set; <see cref="RuleSet.Default"/> for the embedded default.</param>
    /// <param name="options">Engine and unknown-type policy; defaults when omitted.</param>
    public LeadScorer(RuleSet rules, LeadScorerOptions? options = null)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _plan = new AssessmentPlan(rules, options ?? new LeadScorerOptions());
        _batch = new BatchRunner(_plan);
    }

    /// <summary>The rule set this scorer applies.</summary>
    public RuleSet Rules { get; }

    /// <summary>Assesses one lead as of <paramref name="asOf"/>. Never throws for a bad lead: the assessment carries the error.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="asOf">The time to assess at: later contact points are not seen, and decay and cool-downs are measured to it.</param>
    public Assessment Assess(Lead lead, DateTimeOffset asOf) => _plan.Assess(lead, asOf, _plan.ThreadScratch);

    /// <summary>Assesses leads one after another, lazily, one assessment per lead in input order.</summary>
    public IEnumerable<Assessment> AssessMany(IEnumerable<Lead> leads, DateTimeOffset asOf)
    {
        if (leads is null)
        {
            throw new ArgumentNullException(nameof(leads));
        }

        return leads.Select(lead => Assess(lead, asOf));
    }

    /// <summary>Assesses <paramref name="leads"/> on the calling thread into <paramref name="results"/> (at least as long), in order.</summary>
    /// <remarks>Allocates one <see cref="Assessment"/> per lead and nothing else for leads with no warnings.</remarks>
    public void AssessMany(ReadOnlySpan<Lead> leads, Span<Assessment> results, DateTimeOffset asOf) => _batch.Run(leads, results, asOf);

    /// <summary>
    /// Assesses <paramref name="leads"/> across cores; one assessment per lead, in input order. A bad lead gets an
    /// assessment with its error and never stops the batch.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; checked between chunks.</exception>
    public Assessment[] AssessParallel(IReadOnlyList<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (leads is null)
        {
            throw new ArgumentNullException(nameof(leads));
        }

        return _batch.Run(leads, BatchRunner.Itself, BatchRunner.Itself, asOf, Checked(options), cancellationToken);
    }

    /// <summary>
    /// Assesses the lead of each item across cores and projects each item with its assessment into a result, on the
    /// thread that assessed it; results come in input order. Use it to read and write records in parallel around the
    /// assessment, so leads never outlive their item.
    /// </summary>
    /// <param name="items">The records, for example NDJSON lines.</param>
    /// <param name="leadOf">The lead in an item, or <see langword="null"/> when the item has none (then no assessment is made).</param>
    /// <param name="resultOf">The result for an item and its assessment (<see langword="null"/> when the item had no lead).</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; defaults when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public TResult[] AssessItemsParallel<TSource, TResult>(
        IReadOnlyList<TSource> items,
        Func<TSource, Lead?> leadOf,
        Func<TSource, Assessment?, TResult> resultOf,
        DateTimeOffset asOf,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (items is null || leadOf is null || resultOf is null)
        {
            throw new ArgumentNullException(items is null ? nameof(items) : leadOf is null ? nameof(leadOf) : nameof(resultOf));
        }

        return _batch.Run(items, leadOf, resultOf, asOf, Checked(options), cancellationToken);
    }

    /// <summary>
    /// Streams assessments for a stream of leads, in input order, holding at most one chunk in memory (closed at
    /// <see cref="BatchOptions.ChunkSize"/> leads or <see cref="BatchOptions.ChunkBytes"/> bytes); each chunk is assessed across cores.
    /// </summary>
    public IAsyncEnumerable<Assessment> AssessManyAsync(IAsyncEnumerable<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (leads is null)
        {
            throw new ArgumentNullException(nameof(leads));
        }

        return _batch.Stream(leads, asOf, Checked(options), cancellationToken);
    }

    private static BatchOptions Checked(BatchOptions? options)
    {
        options ??= new BatchOptions();
        options.Validate();
        return options;
    }
}
