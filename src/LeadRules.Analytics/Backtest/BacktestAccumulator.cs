using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadRules.Analytics.Backtest.Statistics;
using LeadRules.Leads;
using LeadRules.Recency;
using LeadRules.Rules;

namespace LeadRules.Analytics.Backtest;

/// <summary>
/// Gathers a backtest one lead at a time: add each lead with its assessment and whether it converted, then read
/// <see cref="ToResult"/>. Memory stays flat whatever the number of leads, apart from one counter per distinct score.
/// </summary>
/// <remarks><see cref="Add"/> is thread-safe, so leads scored across cores can be added from the threads that scored them.</remarks>
public sealed class BacktestAccumulator
{
    private static readonly string[] TemperatureNames = { "cold", "warm", "qualified" };
    private static readonly string[] OwnerNames = { "marketing", "sales" };

    private readonly object _gate = new();
    private readonly RuleSet _rules;
    private readonly DateTimeOffset _asOf;
    private readonly UndatedRecencyCounter _undated;
    private readonly ConversionTally _all = new(1);
    private readonly ConversionTally _temperatures = new(TemperatureNames.Length);
    private readonly ConversionTally _owners = new(OwnerNames.Length);
    private readonly ScoreHistogram _scores = new();
    private readonly ScoringRuleTally _scoring;
    private readonly SelectionTally _selection;
    private long _failed;

    /// <summary>Creates an empty backtest of <paramref name="rules"/> for leads assessed as of <paramref name="asOf"/>.</summary>
    /// <param name="rules">The rule set the leads are assessed with.</param>
    /// <param name="asOf">The as-of time the leads are assessed at; every added assessment must carry it.</param>
    public BacktestAccumulator(RuleSet rules, DateTimeOffset asOf)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _asOf = asOf;
        _undated = new UndatedRecencyCounter(rules);
        _scoring = new ScoringRuleTally(rules.Rules.Where(r => r.Workflow == WorkflowNames.Scoring).Select(r => r.Name).ToArray());
        _selection = new SelectionTally(rules.Rules);
    }

    /// <summary>
    /// Adds one lead: its assessment and whether it converted. A failed assessment is counted in
    /// <see cref="BacktestResult.Failed"/> and left out of every other figure.
    /// </summary>
    /// <param name="lead">The lead that was assessed.</param>
    /// <param name="assessment">Its assessment by this backtest's rule set, as of this backtest's as-of time.</param>
    /// <param name="converted">Whether the lead became a customer.</param>
    /// <exception cref="ArgumentException">The assessment comes from another rule set or another as-of time.</exception>
    public void Add(Lead lead, Assessment assessment, bool converted)
    {
        if (lead is null || assessment is null)
        {
            throw new ArgumentNullException(lead is null ? nameof(lead) : nameof(assessment));
        }

        Check(assessment);
        if (!assessment.Succeeded)
        {
            Interlocked.Increment(ref _failed);
            return;
        }

        // Recommendations are a shared list once expanded: expand them outside the lock; the held rules are walked in place.
        var reasons = assessment.HeldReasons;
        var recommendations = assessment.Recommendations;
        _undated.Add(lead);
        lock (_gate)
        {
            _all.Add(0, converted);
            _temperatures.Add((int)assessment.Temperature, converted);
            _owners.Add((int)assessment.Owner, converted);
            _scores.Add(assessment.Score, converted);
            _scoring.Add(reasons, converted);
            _selection.Add(assessment.TemperatureRule, recommendations, converted);
        }
    }

    /// <summary>
    /// Counts one input that held no valid lead (a line or a row that could not be read) in <see cref="BacktestResult.Failed"/>,
    /// so that every input is accounted for.
    /// </summary>
    public void AddFailed() => Interlocked.Increment(ref _failed);

    /// <summary>How many leads have failed so far, through <see cref="Add"/> or <see cref="AddFailed"/>.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>What the leads added so far show. The accumulator can go on taking leads afterwards.</summary>
    /// <returns>A snapshot of the backtest over the leads added so far.</returns>
    public BacktestResult ToResult()
    {
        lock (_gate)
        {
            var all = _all.Rate(0);
            var temperatures = _temperatures.Segments(TemperatureNames, all);
            var owners = _owners.Segments(OwnerNames, all);
            var scores = _scores.Ascending();
            return new BacktestResult(
                _rules.Stamp,
                _asOf,
                Interlocked.Read(ref _failed),
                all,
                temperatures,
                owners,
                AucStatistic.Compute(scores),
                DecileRanking.Compute(scores, all),
                ScoreBinning.Compute(scores),
                _scoring.Evidence(all),
                _selection.TemperatureRules(),
                _selection.Strategies(),
                _selection.Workloads(OwnerNames, slot => _owners.Leads(slot)),
                _undated.Counts,
                RateComparison.RisesStrictly(temperatures));
        }
    }

    private void Check(Assessment assessment)
    {
        if (assessment.RuleSet.Hash != _rules.Stamp.Hash)
        {
            throw new ArgumentException(
                $"The assessment of lead '{assessment.LeadId}' comes from rule set {assessment.RuleSet}, but this backtest is of {_rules.Stamp}; assess the leads with the backtest's rule set.",
                nameof(assessment));
        }

        if (assessment.AsOf != _asOf)
        {
            throw new ArgumentException(
                $"The assessment of lead '{assessment.LeadId}' is as of {assessment.AsOf:O}, but this backtest is as of {_asOf:O}; assess every lead as of the backtest's time.",
                nameof(assessment));
        }
    }
}
