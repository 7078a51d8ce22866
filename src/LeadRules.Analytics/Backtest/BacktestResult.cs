using System;
using System.Collections.Generic;
using LeadRules.Recency;

namespace LeadRules.Analytics.Backtest;

/// <summary>
/// What a backtest found: how the leads a rule set scored converted, per temperature, owner, score decile and rule,
/// and where the teams' work goes. Immutable.
/// </summary>
public sealed class BacktestResult
{
    internal BacktestResult(
        RuleSetStamp ruleSet,
        DateTimeOffset asOf,
        long failed,
        Rate baseRate,
        IReadOnlyList<Segment> temperatures,
        IReadOnlyList<Segment> owners,
        Auc auc,
        IReadOnlyList<Decile> deciles,
        IReadOnlyList<ScoreBin> scoreDistribution,
        IReadOnlyList<ScoringRuleEvidence> scoringRules,
        IReadOnlyList<TemperatureRuleEvidence> temperatureRules,
        IReadOnlyList<StrategyUsage> strategies,
        IReadOnlyList<Workload> workloads,
        IReadOnlyList<UndatedRecencyCount> undatedRecency,
        bool conversionRisesWithTemperature)
    {
        RuleSet = ruleSet;
        AsOf = asOf;
        Failed = failed;
        BaseRate = baseRate;
        Temperatures = temperatures;
        Owners = owners;
        Auc = auc;
        Deciles = deciles;
        ScoreDistribution = scoreDistribution;
        ScoringRules = scoringRules;
        TemperatureRules = temperatureRules;
        Strategies = strategies;
        Workloads = workloads;
        UndatedRecency = undatedRecency;
        ConversionRisesWithTemperature = conversionRisesWithTemperature;
    }

    /// <summary>The name, version and hash of the rule set that scored the leads.</summary>
    public RuleSetStamp RuleSet { get; }

    /// <summary>The as-of time the leads were assessed at.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>How many leads were scored (their assessment succeeded); every figure below is over them.</summary>
    public long Leads => BaseRate.Of;

    /// <summary>How many leads could not be scored (a bad lead); they are left out of every figure.</summary>
    public long Failed { get; }

    /// <summary>The conversion rate of all scored leads.</summary>
    public Rate BaseRate { get; }

    /// <summary>Per temperature, in the order <c>cold</c>, <c>warm</c>, <c>qualified</c>: leads, share and conversion.</summary>
    public IReadOnlyList<Segment> Temperatures { get; }

    /// <summary>Per owner, in the order <c>marketing</c>, <c>sales</c>: leads, share and conversion.</summary>
    public IReadOnlyList<Segment> Owners { get; }

    /// <summary>
    /// Whether conversion rises strictly from <c>cold</c> to <c>warm</c> to <c>qualified</c>, over the temperatures that
    /// hold any lead (false when fewer than two do).
    /// </summary>
    public bool ConversionRisesWithTemperature { get; }

    /// <summary>The AUC of the score, with its 95% interval.</summary>
    public Auc Auc { get; }

    /// <summary>The ten score deciles, highest scores first.</summary>
    public IReadOnlyList<Decile> Deciles { get; }

    /// <summary>The score distribution of converted and not converted leads, in equal-width bins from the lowest score to the highest.</summary>
    public IReadOnlyList<ScoreBin> ScoreDistribution { get; }

    /// <summary>Every scoring rule of the rule set, in rule-file order, with its evidence.</summary>
    public IReadOnlyList<ScoringRuleEvidence> ScoringRules { get; }

    /// <summary>Every temperature rule, in rule-file order, then the leads no rule held for.</summary>
    public IReadOnlyList<TemperatureRuleEvidence> TemperatureRules { get; }

    /// <summary>Every strategy of the rule set, in rule-file order, with how often it was recommended.</summary>
    public IReadOnlyList<StrategyUsage> Strategies { get; }

    /// <summary>The balance view, in the order <c>marketing</c>, <c>sales</c>: leads owned and strategies due per team.</summary>
    public IReadOnlyList<Workload> Workloads { get; }

    /// <summary>The rules that depend on recency, with how many leads had contact points they look at but no date on them.</summary>
    public IReadOnlyList<UndatedRecencyCount> UndatedRecency { get; }
}
