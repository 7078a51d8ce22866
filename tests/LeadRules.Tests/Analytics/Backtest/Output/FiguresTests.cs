using FluentAssertions;
using LeadRules.Analytics.Backtest.Output;
using LeadRules.Analytics.Backtest.Statistics;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest.Output;

public class FiguresTests
{
    [Theory]
    [InlineData(0.24, "24.0%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(0.0045, "0.45%")]
    [InlineData(0.00999, "1.00%")]
    [InlineData(0.3333333333333333, "33.3%")]
    [InlineData(double.NaN, "n/a")]
    public void Percent_Proportion_OneDecimalOrTwoBelowOnePercent(double proportion, string text)
    {
        Figures.Percent(proportion).Should().Be(text);
    }

    [Fact]
    public void Count_Thousands_SeparatedByCommas()
    {
        Figures.Count(45211).Should().Be("45,211");
        Figures.Count(1234567).Should().Be("1,234,567");
        Figures.Count(0).Should().Be("0");
    }

    [Fact]
    public void ScoreLiftAndInterval_InvariantWithUndefinedAsNotAvailable()
    {
        Figures.Score(-28.93).Should().Be("-28.93");
        Figures.Score(2).Should().Be("2");
        Figures.Lift(0.8750000000000001).Should().Be("0.88x");
        Figures.Lift(double.NaN).Should().Be("n/a");
        Figures.Interval(WilsonInterval.Of(0, 2)).Should().Be("0.0% to 65.8%");
        Figures.Interval(WilsonInterval.Of(0, 0)).Should().Be("n/a");
    }
}
