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

    /// <inheritdoc/>
    public Assessment Assess(Lead lead, DateTimeOffset asOf) => _plan.Assess(lead, asOf, _plan.ThreadScratch);

    /// <inheritdoc/>
    public IEnumerable<Assessment> AssessMany(IEnumerable<Lead> leads, DateTimeOffset asOf)
    {
        if (leads is null)
        {
            throw new ArgumentNullException(nameof(leads));
        }

        return leads.Select(lead => Assess(lead, asOf));
    }

    /// <inheritdoc/>
    public void AssessMany(ReadOnlySpan<Lead> leads, Span<Assessment> results, DateTimeOffset asOf) => _batch.Run(leads, results, asOf);

    /// <inheritdoc/>
    public Assessment[] AssessParallel(IReadOnlyList<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (leads is null)
        {
            throw new ArgumentNullException(nameof(leads));
        }

        return _batch.Run(leads, BatchRunner.Itself, BatchRunner.Itself, asOf, Checked(options), cancellationToken);
    }

    /// <inheritdoc/>
    public void AssessParallelInto(IReadOnlyList<Lead> leads, Assessment[] results, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (leads is null || results is null)
        {
            throw new ArgumentNullException(leads is null ? nameof(leads) : nameof(results));
        }

        BatchRunner.CheckRoom(results.Length, leads.Count, "array");
        _batch.Run(leads, BatchRunner.Itself, BatchRunner.Itself, results, asOf, Checked(options), cancellationToken);
    }

    /// <inheritdoc/>
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

    /// <inheritdoc/>
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
