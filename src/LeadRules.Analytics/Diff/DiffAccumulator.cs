using System;
using System.Threading;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Diff.Tallies;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Analytics.Diff;

/// <summary>
/// Gathers a rule-set diff one lead at a time: add each lead with its assessment under both rule sets (and its outcome
/// when known), then read <see cref="ToResult"/>. Memory stays flat whatever the number of leads, apart from the
/// backtests' one counter per distinct score.
/// </summary>
/// <remarks><see cref="Add"/> is thread-safe, so leads scored across cores can be added from the threads that scored them.</remarks>
public sealed class DiffAccumulator
{
    private readonly object _gate = new();
    private readonly RuleSet _rules;
    private readonly RuleSet _against;
    private readonly DateTimeOffset _asOf;
    private readonly int _ruleChanges;
    private readonly TransitionTally _transitions = new();
    private readonly StrategyTally _strategies;
    private readonly RuleFiringTally _firing;
    private readonly MovedLeadSample _sample;
    private readonly BacktestAccumulator _backtest;
    private readonly BacktestAccumulator _againstBacktest;
    private long _failed;
    private long _withOutcome;

    /// <summary>Creates an empty diff of <paramref name="rules"/> against <paramref name="against"/>, for leads assessed as of <paramref name="asOf"/>.</summary>
    /// <param name="rules">The new rule set.</param>
    /// <param name="against">The rule set it is compared against, usually the one in use.</param>
    /// <param name="asOf">The as-of time the leads are assessed at; every added assessment must carry it.</param>
    /// <param name="options">How many moved leads and rules to keep; defaults when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is negative.</exception>
    public DiffAccumulator(RuleSet rules, RuleSet against, DateTimeOffset asOf, DiffOptions? options = null)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _against = against ?? throw new ArgumentNullException(nameof(against));
        options ??= new DiffOptions();
        options.Check();
        _asOf = asOf;
        _ruleChanges = options.RuleChanges;
        _strategies = new StrategyTally(rules, against);
        _firing = new RuleFiringTally(rules, against);
        _sample = new MovedLeadSample(options.MovedLeads);
        _backtest = new BacktestAccumulator(rules, asOf);
        _againstBacktest = new BacktestAccumulator(against, asOf);
    }

    /// <summary>
    /// Adds one lead: its assessments under both rule sets and, when known, whether it converted. A lead either rule set
    /// could not score is counted in <see cref="DiffResult.Failed"/> (and in both backtests' failed) and left out of every other figure.
    /// </summary>
    /// <param name="position">Where the lead comes in the input (an index or a line number), so the moved leads kept are the first ones whatever the order leads are added in.</param>
    /// <param name="lead">The lead that was assessed.</param>
    /// <param name="assessment">Its assessment by the new rule set, as of this diff's as-of time.</param>
    /// <param name="againstAssessment">Its assessment by the rule set compared against, as of the same time.</param>
    /// <param name="converted">Whether the lead became a customer, or <see langword="null"/> when that is not known (it is then left out of the backtests).</param>
    /// <exception cref="ArgumentException">An assessment comes from another rule set or another as-of time.</exception>
    public void Add(long position, Lead lead, Assessment assessment, Assessment againstAssessment, bool? converted = null)
    {
        if (lead is null || assessment is null || againstAssessment is null)
        {
            throw new ArgumentNullException(lead is null ? nameof(lead) : assessment is null ? nameof(assessment) : nameof(againstAssessment));
        }

        Check(assessment, _rules, "new rule set", nameof(assessment));
        Check(againstAssessment, _against, "rule set compared against", nameof(againstAssessment));
        if (!assessment.Succeeded || !againstAssessment.Succeeded)
        {
            AddFailed();
            return;
        }

        if (converted is { } outcome)
        {
            Interlocked.Increment(ref _withOutcome);
            _backtest.Add(lead, assessment, outcome);
            _againstBacktest.Add(lead, againstAssessment, outcome);
        }

        // Expanding reasons and recommendations is the costly part: do it outside the lock, on the caller's thread.
        var reasons = assessment.Reasons;
        var againstReasons = againstAssessment.Reasons;
        var recommendations = assessment.Recommendations;
        var againstRecommendations = againstAssessment.Recommendations;
        var (from, to) = (againstAssessment.Temperature, assessment.Temperature);
        lock (_gate)
        {
            _transitions.Add(from, to, againstAssessment.Owner, assessment.Owner);
            _strategies.Add(recommendations, againstRecommendations);
            _firing.Add(reasons, assessment.TemperatureRule, againstReasons, againstAssessment.TemperatureRule);
            if (from != to && _sample.Wants(position))
            {
                _sample.Add(new MovedLead(position, assessment.LeadId, TransitionTally.Name(to), TransitionTally.Name(from),
                    assessment.Score, againstAssessment.Score, reasons, againstReasons));
            }
        }
    }

    /// <summary>Counts one input that held no valid lead (a line or a row that could not be read), so that every input is accounted for.</summary>
    public void AddFailed()
    {
        Interlocked.Increment(ref _failed);
        _backtest.AddFailed();
        _againstBacktest.AddFailed();
    }

    /// <summary>How many leads have failed so far, through <see cref="Add"/> or <see cref="AddFailed"/>.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>What the leads added so far show. The accumulator can go on taking leads afterwards.</summary>
    /// <returns>A snapshot of the diff over the leads added so far.</returns>
    public DiffResult ToResult()
    {
        lock (_gate)
        {
            var (top, differing) = _firing.Changes(_ruleChanges);
            var outcomes = Interlocked.Read(ref _withOutcome) > 0;
            return new DiffResult(
                _rules.Stamp,
                _against.Stamp,
                _asOf,
                _transitions.Leads,
                Interlocked.Read(ref _failed),
                _transitions.Transitions(),
                _transitions.ToSales,
                _transitions.ToMarketing,
                _strategies.Changes(),
                top,
                differing,
                _sample.Leads(),
                outcomes ? _backtest.ToResult() : null,
                outcomes ? _againstBacktest.ToResult() : null);
        }
    }

    private void Check(Assessment assessment, RuleSet expected, string side, string parameter)
    {
        if (assessment.RuleSet.Hash != expected.Stamp.Hash)
        {
            throw new ArgumentException(
                $"The assessment of lead '{assessment.LeadId}' comes from rule set {assessment.RuleSet}, but the {side} of this diff is {expected.Stamp}; assess each lead with both of the diff's rule sets.",
                parameter);
        }

        if (assessment.AsOf != _asOf)
        {
            throw new ArgumentException(
                $"The assessment of lead '{assessment.LeadId}' is as of {assessment.AsOf:O}, but this diff is as of {_asOf:O}; assess every lead as of the diff's time.",
                parameter);
        }
    }
}
