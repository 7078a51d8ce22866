using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Backtest.Statistics;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest.Statistics;

public class RateComparisonTests
{
    [Fact]
    public void Compare_EqualFractionsInOtherTerms_AreEqual()
    {
        RateComparison.Compare(WilsonInterval.Of(1, 3), WilsonInterval.Of(2, 6)).Should().Be(0);
    }

    [Fact]
    public void Compare_RatesOneApartInABillion_TellsThemApart()
    {
        RateComparison.Compare(WilsonInterval.Of(333_333_333, 1_000_000_000), WilsonInterval.Of(333_333_334, 1_000_000_003)).Should().BeNegative();
    }

    [Theory]
    [InlineData(1, 10, 2, 10, 3, 10, true)]
    [InlineData(1, 10, 1, 10, 3, 10, false)]
    [InlineData(3, 10, 2, 10, 1, 10, false)]
    [InlineData(1, 10, 0, 0, 3, 10, true)]
    [InlineData(1, 10, 0, 0, 0, 0, false)]
    [InlineData(0, 0, 0, 0, 0, 0, false)]
    public void RisesStrictly_Temperatures_OverTheOnesHoldingLeads(long coldHits, long cold, long warmHits, long warm, long qualifiedHits, long qualified, bool rises)
    {
        var base_ = WilsonInterval.Of(1, 2);
        var segments = new[] { Segment(coldHits, cold), Segment(warmHits, warm), Segment(qualifiedHits, qualified) };

        RateComparison.RisesStrictly(segments).Should().Be(rises);

        Segment Segment(long hits, long of) => new("t", of, 0, WilsonInterval.Of(hits, of), Lift.Of(WilsonInterval.Of(hits, of), base_));
    }

    [Fact]
    public void LiftOf_ZeroBaseRate_IsNaN()
    {
        Lift.Of(WilsonInterval.Of(0, 4), WilsonInterval.Of(0, 8)).Should().Be(double.NaN);
        Lift.Of(WilsonInterval.Of(1, 4), WilsonInterval.Of(1, 8)).Should().Be(2);
    }
}
