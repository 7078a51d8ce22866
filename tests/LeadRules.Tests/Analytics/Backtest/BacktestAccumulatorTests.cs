using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Recency;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest;

public class BacktestAccumulatorTests
{
    private static readonly BacktestResult Result = BacktestCases.Accumulate(BacktestCases.Leads());

    [Fact]
    public void ToResult_HandWorkedCase_BaseRateAndSegments()
    {
        Result.RuleSet.Should().BeSameAs(BacktestCases.Rules.Stamp);
        Result.AsOf.Should().Be(BacktestCases.AsOf);
        (Result.Leads, Result.Failed, Result.BaseRate.Hits).Should().Be((6, 0, 3));
        Result.Temperatures.Select(s => (s.Name, s.Leads, s.Conversion.Hits, s.Share, s.Lift)).Should().Equal(
            ("cold", 2, 1, 2 / 6.0, 1.0), ("warm", 2, 0, 2 / 6.0, 0.0), ("qualified", 2, 2, 2 / 6.0, 2.0));
        Result.Owners.Select(s => (s.Name, s.Leads, s.Conversion.Hits, s.Lift)).Should().Equal(("marketing", 4, 1, 0.5), ("sales", 2, 2, 2.0));
        Result.ConversionRisesWithTemperature.Should().BeFalse();
    }

    [Fact]
    public void ToResult_RisingLabels_ConversionRisesWithTemperature()
    {
        BacktestCases.Accumulate(BacktestCases.Leads(risingLabels: true)).ConversionRisesWithTemperature.Should().BeTrue();
    }

    [Fact]
    public void ToResult_HandWorkedCase_ScoringRulesFlaggedWhereEvidenceContradictsPoints()
    {
        Result.ScoringRules.Select(r => (r.Rule, r.GivesPoints, r.WhenHeld.Hits, r.WhenHeld.Of, r.WhenNotHeld.Hits, r.WhenNotHeld.Of, r.Flag)).Should().Equal(
            ("referral", true, 1L, 3L, 2L, 3L, ScoringRuleFlags.GivesPointsConvertsBelowBase),
            ("unsubscribed", false, 1L, 1L, 2L, 5L, ScoringRuleFlags.SubtractsPointsConvertsAboveBase),
            ("purchase", true, 0L, 0L, 3L, 6L, ScoringRuleFlags.NeverHeld));
        Result.ScoringRules[0].Lift.Should().BeApproximately(2 / 3.0, 1e-15);
        Result.ScoringRules[1].Lift.Should().Be(2);
        Result.ScoringRules[2].Lift.Should().Be(double.NaN);
    }

    [Fact]
    public void ToResult_RisingLabels_NoRuleContradictsItsPoints()
    {
        // referral now converts 2 of 3 (above 50%), unsubscribed 0 of 1 (below).
        BacktestCases.Accumulate(BacktestCases.Leads(risingLabels: true)).ScoringRules.Select(r => r.Flag).Should().Equal(null, null, ScoringRuleFlags.NeverHeld);
    }

    [Fact]
    public void ToResult_HandWorkedCase_TemperatureRulesStrategiesAndWorkloads()
    {
        Result.TemperatureRules.Select(r => (r.Rule, r.Temperature, r.Conversion.Of, r.Conversion.Hits)).Should().Equal(
            ("qualified_demo", "qualified", 2L, 2L), ("warm_referral", "warm", 2L, 0L), (null, "cold", 2L, 1L));
        Result.Strategies.Select(s => (s.Strategy, s.Owner, s.Recommended)).Should().Equal(
            ("digital_ads", "marketing", 2L), ("warm_call", "sales", 2L), ("one_on_one_call", "sales", 2L));
        Result.Workloads.Select(w => (w.Owner, w.LeadsOwned, w.StrategiesDue)).Should().Equal(("marketing", 4L, 2L), ("sales", 2L, 4L));
    }

    [Fact]
    public void ToResult_HandWorkedCase_AucDecilesAndDistribution()
    {
        // Converted -20, 0, 10 against not converted 0, 10, 10: 0 ties 0 (0.5), 10 ties both 10s (1) and beats 0 (1).
        Result.Auc.Value.Should().BeApproximately(2.5 / 9, 1e-15);

        // Ranked 10, 10, 10 | 0, 0 | -20: ranks 0, 3 and 5 of 6 fall in deciles 1, 6 and 9.
        Result.Deciles.Select(d => d.Conversion.Of).Should().Equal(3, 0, 0, 0, 0, 2, 0, 0, 1, 0);
        Result.Deciles[0].Conversion.Hits.Should().Be(1);
        Result.Deciles[8].MinScore.Should().Be(-20);

        // From -20 to 10 in bins of 1.5: -20 in the first, 0 in the 14th ([-0.5, 1)), 10 in the last.
        Result.ScoreDistribution.Should().HaveCount(20);
        Result.ScoreDistribution.Select(b => b.Converted + b.NotConverted).Should().Equal(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3);
    }

    [Fact]
    public void Add_FailedAssessment_CountedInFailedAndNowhereElse()
    {
        var (lead, converted) = BacktestCases.Failing;
        BacktestCases.Scorer.Assess(lead, BacktestCases.AsOf).Succeeded.Should().BeFalse();

        var withFailed = BacktestCases.Accumulate(BacktestCases.Leads().Append((lead, converted)));

        withFailed.Failed.Should().Be(1);
        withFailed.Leads.Should().Be(6);
        Json(withFailed).Should().Be(Json(Result).Replace("\"failed\": 0", "\"failed\": 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_FromManyThreadsAtOnce_SameResultAsOneThread()
    {
        var leads = Enumerable.Range(0, 400).SelectMany(_ => BacktestCases.Leads()).ToArray();
        var accumulator = new BacktestAccumulator(BacktestCases.Rules, BacktestCases.AsOf);

        Parallel.ForEach(leads, new ParallelOptions { MaxDegreeOfParallelism = 4 }, entry =>
            accumulator.Add(entry.Lead, BacktestCases.Scorer.Assess(entry.Lead, BacktestCases.AsOf), entry.Converted));

        Json(accumulator.ToResult()).Should().Be(Json(BacktestCases.Accumulate(leads)));
    }

    [Fact]
    public void ToResult_UndatedRecency_IsTheCountersCounts()
    {
        var counter = new UndatedRecencyCounter(BacktestCases.Rules);
        foreach (var (lead, _) in BacktestCases.Leads())
        {
            counter.Add(lead);
        }

        Result.UndatedRecency.Should().BeEquivalentTo(counter.Counts);
    }

    [Fact]
    public void Add_AssessmentOfAnotherRuleSet_ThrowsNamingBoth()
    {
        var accumulator = new BacktestAccumulator(BacktestCases.Rules, BacktestCases.AsOf);
        var (lead, _) = BacktestCases.Leads()[0];
        var assessment = new LeadScorer(RuleSet.Default).Assess(lead, BacktestCases.AsOf);

        var act = () => accumulator.Add(lead, assessment, true);

        act.Should().Throw<ArgumentException>().WithMessage(
            $"The assessment of lead 'A' comes from rule set {RuleSet.Default.Stamp}, but this backtest is of {BacktestCases.Rules.Stamp}; assess the leads with the backtest's rule set. (Parameter 'assessment')");
    }

    [Fact]
    public void Add_AssessmentAsOfAnotherTime_ThrowsNamingBoth()
    {
        var accumulator = new BacktestAccumulator(BacktestCases.Rules, BacktestCases.AsOf);
        var (lead, _) = BacktestCases.Leads()[0];

        var act = () => accumulator.Add(lead, BacktestCases.Scorer.Assess(lead, BacktestCases.AsOf.AddDays(1)), true);

        act.Should().Throw<ArgumentException>().WithMessage(
            "The assessment of lead 'A' is as of 2026-11-02T00:00:00.0000000+00:00, but this backtest is as of 2026-11-01T00:00:00.0000000+00:00; assess every lead as of the backtest's time. (Parameter 'assessment')");
    }

    [Fact]
    public void ToResult_NothingAdded_EmptyFiguresAreNaN()
    {
        var result = new BacktestAccumulator(BacktestCases.Rules, BacktestCases.AsOf).ToResult();

        result.Leads.Should().Be(0);
        result.BaseRate.Value.Should().Be(double.NaN);
        result.Temperatures.Should().OnlyContain(s => s.Leads == 0 && double.IsNaN(s.Share) && double.IsNaN(s.Lift));
        result.Auc.Value.Should().Be(double.NaN);
        result.ScoreDistribution.Should().BeEmpty();
        result.ConversionRisesWithTemperature.Should().BeFalse();
    }

    internal static string Json(BacktestResult result)
    {
        using var writer = new StringWriter();
        BacktestJson.Write(result, writer);
        return writer.ToString();
    }
}
