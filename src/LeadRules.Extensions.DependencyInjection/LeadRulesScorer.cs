using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Reloading;
using LeadRules.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadRules.Extensions.DependencyInjection;

/// <summary>
/// The scorer a host registers with <c>services.AddLeadRules(...)</c>: one thread-safe
/// singleton over the configured rules, reloaded when the rule file or the options change, logging as it goes.
/// </summary>
public sealed class LeadRulesScorer : ILeadScorer, IDisposable
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly IDisposable? _optionsChanged;
    private Source _source;

    /// <summary>Loads the rules the options name; throws <see cref="RuleSetException"/> when they do not load.</summary>
    /// <param name="options">The options, watched: a change reloads the rules.</param>
    /// <param name="logger">Where loads, reloads, refused reloads and batch summaries are logged (events 1 to 4).</param>
    /// <param name="time">The clock that gives "now" to the methods without an as-of time.</param>
    public LeadRulesScorer(IOptionsMonitor<LeadRulesOptions> options, ILogger<LeadRulesScorer> logger, TimeProvider time)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _source = Open(options.CurrentValue);
        _optionsChanged = options.OnChange(Reconfigure);
    }

    /// <summary>The scorer serving now. Take it once per unit of work to use one rule set throughout.</summary>
    public LeadScorer Current => Volatile.Read(ref _source).Scorer;

    /// <summary>The rule set serving now.</summary>
    public RuleSet Rules => Current.Rules;

    /// <summary>Assesses one lead as of now, by the host's <see cref="TimeProvider"/>.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead's assessment, or its error.</returns>
    public Assessment Assess(Lead lead) => Current.Assess(lead, _time.GetUtcNow());

    /// <inheritdoc/>
    public Assessment Assess(Lead lead, DateTimeOffset asOf) => Current.Assess(lead, asOf);

    /// <inheritdoc/>
    public IEnumerable<Assessment> AssessMany(IEnumerable<Lead> leads, DateTimeOffset asOf) => Current.AssessMany(leads, asOf);

    /// <inheritdoc/>
    public void AssessMany(ReadOnlySpan<Lead> leads, Span<Assessment> results, DateTimeOffset asOf) => Current.AssessMany(leads, results, asOf);

    /// <summary>Assesses a batch across cores as of now, by the host's <see cref="TimeProvider"/>, and logs a summary (event 4).</summary>
    /// <param name="leads">The leads.</param>
    /// <returns>The assessments, in input order.</returns>
    public Assessment[] AssessParallel(IReadOnlyList<Lead> leads) => AssessParallel(leads, _time.GetUtcNow());

    /// <summary>Assesses a batch across cores as of <paramref name="asOf"/> and logs a summary (event 4).</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; when omitted, <see cref="LeadRulesOptions.MaxDegreeOfParallelism"/> threads.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    /// <returns>The assessments, in input order.</returns>
    public Assessment[] AssessParallel(IReadOnlyList<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var source = Volatile.Read(ref _source);
        var scorer = source.Scorer;
        var clock = Stopwatch.StartNew();
        var results = scorer.AssessParallel(leads, asOf, options ?? new BatchOptions { MaxDegreeOfParallelism = source.Parallelism }, cancellationToken);
        Log.BatchAssessed(_logger, results.Length, results.Count(r => !r.Succeeded), clock.ElapsedMilliseconds, scorer.Rules.Stamp);
        return results;
    }

    /// <summary>Assesses a batch across cores into <paramref name="results"/>, as of <paramref name="asOf"/>, and logs a summary (event 4).</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="results">Receives one assessment per lead, at the lead's index; at least as long as <paramref name="leads"/>.</param>
    /// <param name="asOf">The time to assess at.</param>
    /// <param name="options">Parallelism, chunk size and progress; the configured parallelism when omitted.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    public void AssessParallelInto(IReadOnlyList<Lead> leads, Assessment[] results, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var source = Volatile.Read(ref _source);
        var scorer = source.Scorer;
        var clock = Stopwatch.StartNew();
        scorer.AssessParallelInto(leads, results, asOf, options ?? new BatchOptions { MaxDegreeOfParallelism = source.Parallelism }, cancellationToken);
        Log.BatchAssessed(_logger, leads.Count, results.Take(leads.Count).Count(r => !r.Succeeded), clock.ElapsedMilliseconds, scorer.Rules.Stamp);
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
        var source = Volatile.Read(ref _source);
        return source.Scorer.AssessItemsParallel(items, leadOf, resultOf, asOf, options ?? new BatchOptions { MaxDegreeOfParallelism = source.Parallelism }, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Assessment> AssessManyAsync(IAsyncEnumerable<Lead> leads, DateTimeOffset asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var source = Volatile.Read(ref _source);
        return source.Scorer.AssessManyAsync(leads, asOf, options ?? new BatchOptions { MaxDegreeOfParallelism = source.Parallelism }, cancellationToken);
    }

    /// <summary>Stops watching the rule file and the options.</summary>
    public void Dispose()
    {
        _optionsChanged?.Dispose();
        Volatile.Read(ref _source).Dispose();
    }

    private void Reconfigure(LeadRulesOptions options)
    {
        try
        {
            var previous = Interlocked.Exchange(ref _source, Open(options));
            previous.Dispose();
        }
#pragma warning disable CA1031 // A failed reconfiguration must never take the host down: the serving rules stay, and the log says why.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Log.ReloadRefused(_logger, Current.Rules.Stamp, error.Message);
        }
    }

    private Source Open(LeadRulesOptions options)
    {
        var scorerOptions = new LeadScorerOptions { Engine = options.Engine, UnknownTypes = options.UnknownTypes };
        Source source;
        if (options.RulesPath is { } path && options.ReloadOnChange)
        {
            var reloading = new ReloadingLeadScorer(path, scorerOptions, pollInterval: options.ReloadPollInterval);
            reloading.Reloaded += (_, e) => Log.RulesReloaded(_logger, e.Previous, e.Current, path);
            reloading.Refused += (_, e) => Log.ReloadRefused(_logger, e.Serving, e.Error.Message);
            source = new Source(reloading, null, options.MaxDegreeOfParallelism);
        }
        else
        {
            source = new Source(null, new LeadScorer(Load(options), scorerOptions), options.MaxDegreeOfParallelism);
        }

        Log.RulesLoaded(_logger, source.Scorer.Rules.Stamp, source.Scorer.Rules.Source);
        return source;
    }

    private static RuleSet Load(LeadRulesOptions options)
    {
        if (options.RulesPath is { } path)
        {
            return RuleSet.Load(path);
        }

        if (options.RulesStream is { } open)
        {
            using var stream = open();
            return RuleSet.Load(stream, "LeadRulesOptions.RulesStream");
        }

        return RuleSet.Default;
    }

    /// <summary>Where the rules come from now: a watched file, or a fixed scorer.</summary>
    private sealed class Source : IDisposable
    {
        private readonly ReloadingLeadScorer? _reloading;
        private readonly LeadScorer? _fixed;

        public Source(ReloadingLeadScorer? reloading, LeadScorer? fixedScorer, int parallelism)
        {
            _reloading = reloading;
            _fixed = fixedScorer;
            Parallelism = parallelism;
        }

        public LeadScorer Scorer => _reloading?.Current ?? _fixed!;

        public int Parallelism { get; }

        public void Dispose() => _reloading?.Dispose();
    }
}
