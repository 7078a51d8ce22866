using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using Xunit;

namespace LeadRules.Tests.Analytics.Diff;

public class DiffAccumulatorTests
{
    private static readonly DiffResult Result = DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead)));

    [Fact]
    public void ToResult_HandWorkedCase_TransitionMatrix()
    {
        (Result.Leads, Result.Failed, Result.Moved).Should().Be((7L, 0L, 4L));
        Result.RuleSet.Should().BeSameAs(DiffCases.Rules.Stamp);
        Result.AgainstRuleSet.Should().BeSameAs(DiffCases.Against.Stamp);
        Result.Transitions.Select(t => (t.From, t.To, t.Leads)).Should().Equal(
            ("cold", "cold", 1L), ("cold", "warm", 1L), ("cold", "qualified", 1L),
            ("warm", "cold", 1L), ("warm", "warm", 1L), ("warm", "qualified", 0L),
            ("qualified", "cold", 1L), ("qualified", "warm", 0L), ("qualified", "qualified", 1L));
    }

    [Fact]
    public void ToResult_HandWorkedCase_OwnerHandOffs()
    {
        (Result.ToSales, Result.ToMarketing).Should().Be((1L, 1L));
    }

    [Fact]
    public void ToResult_HandWorkedCase_StrategiesGainedAndLost()
    {
        Result.Strategies.Select(s => (s.Strategy, s.Owner, s.AgainstRecommended, s.Recommended, s.Gained, s.Lost)).Should().Equal(
            ("digital_ads", "marketing", 3L, 3L, 2L, 2L),
            ("warm_call", "sales", 2L, 2L, 1L, 1L),
            ("one_on_one_call", "sales", 2L, 2L, 1L, 1L),
            ("seminar_invitation", "marketing", 0L, 2L, 2L, 0L));
    }

    [Fact]
    public void ToResult_HandWorkedCase_RulesFiringDifferentlyLargestFirst()
    {
        Result.RuleChanges.Select(r => (r.Workflow, r.Rule, r.AgainstHeld, r.Held, r.Difference)).Should().Equal(
            ("scoring", "website", (long?)null, (long?)2, 2L),
            ("temperature", "warm_web", null, 2, 2L),
            ("temperature", "warm_referral", 2, null, -2L),
            ("temperature", "qualified_demo", 2, 1, -1L),
            ("temperature", "qualified_quote", null, 1, 1L),
            ("scoring", "unsubscribed", 1, null, -1L));
        Result.RulesDiffering.Should().Be(6);
    }

    [Fact]
    public void ToResult_FewerRulesAsked_KeepsTheLargestAndCountsAll()
    {
        var result = DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead)), new DiffOptions { RuleChanges = 2 });

        result.RuleChanges.Select(r => r.Rule).Should().Equal("website", "warm_web");
        result.RulesDiffering.Should().Be(6);
    }

    [Fact]
    public void ToResult_HandWorkedCase_MovedLeadsWithBothAnswers()
    {
        Result.MovedLeads.Select(m => (m.Position, m.LeadId, m.AgainstTemperature, m.Temperature, m.AgainstScore, m.Score)).Should().Equal(
            (0L, "A", "warm", "cold", 10.0, 10.0),
            (1L, "B", "cold", "warm", 0.0, 5.0),
            (4L, "E", "qualified", "cold", -20.0, 0.0),
            (6L, "G", "cold", "qualified", 0.0, 0.0));
        Result.MovedLeads[2].AgainstReasons.Select(r => r.ToString()).Should().Equal("unsubscribed:-20");
        Result.MovedLeads[2].Reasons.Should().BeEmpty();
        Result.MovedLeads[1].Reasons.Select(r => r.ToString()).Should().Equal("website:5");
    }

    [Fact]
    public void ToResult_LeadsAddedInReverse_KeepsTheFirstInInputOrder()
    {
        var reversed = DiffCases.Leads().Select((lead, i) => ((long)i, lead)).Reverse();

        var result = DiffCases.Accumulate(reversed, new DiffOptions { MovedLeads = 2 });

        result.MovedLeads.Select(m => (m.Position, m.LeadId)).Should().Equal((0L, "A"), (1L, "B"));
    }

    [Fact]
    public void ToResult_RuleSetAgainstItself_EverythingOnTheDiagonalNothingGainedOrLost()
    {
        var accumulator = new DiffAccumulator(DiffCases.Against, DiffCases.Against, DiffCases.AsOf);
        var leads = DiffCases.Leads();
        for (var i = 0; i < leads.Count; i++)
        {
            var assessment = DiffCases.AgainstScorer.Assess(leads[i], DiffCases.AsOf);
            accumulator.Add(i, leads[i], assessment, assessment);
        }

        var result = accumulator.ToResult();

        result.Transitions.Where(t => t.From != t.To).Should().OnlyContain(t => t.Leads == 0);
        result.Transitions.Where(t => t.From == t.To).Select(t => t.Leads).Should().Equal(3, 2, 2);
        (result.Moved, result.ToSales, result.ToMarketing, result.RulesDiffering).Should().Be((0L, 0L, 0L, 0L));
        result.Strategies.Should().OnlyContain(s => s.Gained == 0 && s.Lost == 0 && s.Recommended == s.AgainstRecommended);
        result.RuleChanges.Should().BeEmpty();
        result.MovedLeads.Should().BeEmpty();
    }

    [Fact]
    public void Add_LeadOnlyOneRuleSetCanScore_CountsAsFailedAndNowhereElse()
    {
        var accumulator = new DiffAccumulator(DiffCases.Rules, DiffCases.Against, DiffCases.AsOf);
        var lead = DiffCases.Webinar;
        var assessment = DiffCases.Scorer.Assess(lead, DiffCases.AsOf);
        var against = DiffCases.AgainstScorer.Assess(lead, DiffCases.AsOf);
        (assessment.Succeeded, against.Succeeded).Should().Be((true, false));

        accumulator.Add(0, lead, assessment, against, converted: true);
        accumulator.AddFailed();
        var result = accumulator.ToResult();

        (result.Leads, result.Failed, accumulator.Failed).Should().Be((0L, 2L, 2L));
        result.Transitions.Should().OnlyContain(t => t.Leads == 0);
        result.Strategies.Should().OnlyContain(s => s.Recommended == 0 && s.AgainstRecommended == 0);
        (result.Backtest, result.AgainstBacktest).Should().Be((null, null));
    }

    [Fact]
    public void Add_Outcomes_BothBacktestsOverTheSameLeads()
    {
        var accumulator = new DiffAccumulator(DiffCases.Rules, DiffCases.Against, DiffCases.AsOf);
        var leads = DiffCases.Leads();
        for (var i = 0; i < leads.Count; i++)
        {
            // G (quote request) and C (demo request) converted; D has no known outcome.
            bool? converted = leads[i].Id is "C" or "G" ? true : leads[i].Id == "D" ? null : false;
            accumulator.Add(i, leads[i], DiffCases.Scorer.Assess(leads[i], DiffCases.AsOf), DiffCases.AgainstScorer.Assess(leads[i], DiffCases.AsOf), converted);
        }

        accumulator.AddFailed();
        var result = accumulator.ToResult();

        result.Leads.Should().Be(7);
        result.Backtest!.RuleSet.Should().BeSameAs(DiffCases.Rules.Stamp);
        result.AgainstBacktest!.RuleSet.Should().BeSameAs(DiffCases.Against.Stamp);
        (result.Backtest.Leads, result.Backtest.BaseRate.Hits, result.Backtest.Failed).Should().Be((6L, 2L, 1L));
        (result.AgainstBacktest.Leads, result.AgainstBacktest.BaseRate.Hits, result.AgainstBacktest.Failed).Should().Be((6L, 2L, 1L));
        result.Backtest.Temperatures[2].Conversion.Should().Match<LeadRules.Analytics.Backtest.Rate>(r => r.Hits == 2 && r.Of == 2);
        result.AgainstBacktest.Temperatures[2].Conversion.Should().Match<LeadRules.Analytics.Backtest.Rate>(r => r.Hits == 1 && r.Of == 2);
    }

    [Fact]
    public void Add_SwappedAssessments_ThrowsNamingBothRuleSets()
    {
        var accumulator = new DiffAccumulator(DiffCases.Rules, DiffCases.Against, DiffCases.AsOf);
        var lead = DiffCases.Leads()[0];
        var assessment = DiffCases.Scorer.Assess(lead, DiffCases.AsOf);
        var against = DiffCases.AgainstScorer.Assess(lead, DiffCases.AsOf);

        var act = () => accumulator.Add(0, lead, against, assessment);

        act.Should().Throw<ArgumentException>().WithMessage(
            $"The assessment of lead 'A' comes from rule set {DiffCases.Against.Stamp}, but the new rule set of this diff is {DiffCases.Rules.Stamp}; assess each lead with both of the diff's rule sets.*");
    }

    [Fact]
    public void Add_ManyThreads_SameResultAsOneThread()
    {
        var leads = Enumerable.Range(0, 700).Select(i => (Position: (long)i, Lead: DiffCases.Leads()[i % 7])).ToArray();
        var accumulator = new DiffAccumulator(DiffCases.Rules, DiffCases.Against, DiffCases.AsOf);

        Parallel.ForEach(leads, e => accumulator.Add(e.Position, e.Lead, DiffCases.Scorer.Assess(e.Lead, DiffCases.AsOf), DiffCases.AgainstScorer.Assess(e.Lead, DiffCases.AsOf)));
        var result = accumulator.ToResult();

        result.Transitions.Select(t => t.Leads).Should().Equal(100, 100, 100, 100, 100, 0, 100, 0, 100);
        result.MovedLeads.Select(m => m.Position).Should().Equal(0, 1, 4, 6, 7, 8, 11, 13, 14, 15, 18, 20, 21, 22, 25, 27, 28, 29, 32, 34);
    }
}
