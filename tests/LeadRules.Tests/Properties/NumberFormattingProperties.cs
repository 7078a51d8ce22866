using System;
using System.Globalization;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace LeadRules.Tests.Properties;

/// <summary>
/// Scores and points are written from their whole hundredths, not by the general number formatter: the text is the
/// same as rounding to two decimals and formatting with <c>0.##</c>, for any value.
/// </summary>
public class NumberFormattingProperties
{
    [Property(MaxTest = 5000)]
    public bool FormatNumber_AnyDouble_WritesWhat0HashHashWrites(NormalFloat value) => Written(value.Get) == General(value.Get);

    [Property(MaxTest = 5000)]
    public bool FormatNumber_Hundredths_WritesWhat0HashHashWrites(long hundredths, int divisor)
    {
        // Values near whole hundredths, where rounding half away from zero and trailing zeros decide the text.
        var value = (hundredths % 10_000_000_000_000_000L) / (double)(divisor is 0 ? 100 : Math.Abs(divisor % 1000) + 1);
        return Written(value) == General(value);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.001)]
    [InlineData(-0.004)]
    [InlineData(0.005)]
    [InlineData(-0.005)]
    [InlineData(1.005)]
    [InlineData(2.675)]
    [InlineData(9.995)]
    [InlineData(-9.995)]
    [InlineData(60.46)]
    [InlineData(99999999999999.99)]
    [InlineData(9999999999999.994)]
    [InlineData(9999999999999.996)]
    [InlineData(-9999999999999.996)]
    [InlineData(1e13)]
    [InlineData(1e300)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    public void FormatNumber_Edges_WritesWhat0HashHashWrites(double value) => Written(value).Should().Be(General(value));

    private static string Written(double value)
    {
        Span<char> text = stackalloc char[LeadRules.Formatting.NumberRoom];
        return text.Slice(0, LeadRules.Formatting.FormatNumber(value, text)).ToString();
    }

    private static string General(double value) => LeadRules.Formatting.Round(value).ToString("0.##", CultureInfo.InvariantCulture);
}
