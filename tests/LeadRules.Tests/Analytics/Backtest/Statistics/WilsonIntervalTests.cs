using System;
using FluentAssertions;
using FsCheck.Xunit;
using LeadRules.Analytics.Backtest.Statistics;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest.Statistics;

public class WilsonIntervalTests
{
    private const double Z2 = WilsonInterval.Z * WilsonInterval.Z;

    [Fact]
    public void Of_TwelveOfFifty_GivesTheWilsonBounds()
    {
        // p = 0.24, z²/n = 0.0768291...: centre (0.24 + 0.0384146) / 1.0768292 = 0.2585504, half-width 0.1155765.
        var rate = WilsonInterval.Of(12, 50);

        rate.Hits.Should().Be(12);
        rate.Of.Should().Be(50);
        rate.Value.Should().Be(0.24);
        rate.Lower.Should().BeApproximately(0.1429739139699173, 1e-12);
        rate.Upper.Should().BeApproximately(0.3741268375794292, 1e-12);
    }

    [Fact]
    public void Of_NoHits_LowerIsZeroUpperIsZSquaredOverNPlusZSquared()
    {
        var rate = WilsonInterval.Of(0, 10);

        rate.Lower.Should().Be(0);
        rate.Upper.Should().BeApproximately(Z2 / (10 + Z2), 1e-15);
        rate.Upper.Should().BeApproximately(0.2775327998628892, 1e-12);
    }

    [Fact]
    public void Of_AllHits_UpperIsOneLowerIsNOverNPlusZSquared()
    {
        var rate = WilsonInterval.Of(10, 10);

        rate.Upper.Should().Be(1);
        rate.Lower.Should().BeApproximately(10 / (10 + Z2), 1e-15);
    }

    [Fact]
    public void Of_OneOfTwo_IsSymmetricAroundOneHalf()
    {
        var rate = WilsonInterval.Of(1, 2);

        rate.Lower.Should().BeApproximately(0.09453120573423074, 1e-12);
        (rate.Lower + rate.Upper).Should().BeApproximately(1, 1e-15);
    }

    [Fact]
    public void Of_Nothing_IsNaN()
    {
        var rate = WilsonInterval.Of(0, 0);

        rate.Value.Should().Be(double.NaN);
        rate.Lower.Should().Be(double.NaN);
        rate.Upper.Should().Be(double.NaN);
    }

    /// <summary>The Wilson bounds are the roots in p of (p̂ - p)² = z² p (1 - p) / n: check them against that equation.</summary>
    [Property(MaxTest = 200)]
    public bool Of_AnyCounts_BoundsSolveTheScoreEquation(ushort ofSeed, ushort hitsSeed)
    {
        var of = (ofSeed % 5000) + 1;
        var hits = hitsSeed % (of + 1);
        var rate = WilsonInterval.Of(hits, of);
        var observed = (double)hits / of;

        return Solves(rate.Lower) && Solves(rate.Upper) && rate.Lower <= observed && observed <= rate.Upper;

        bool Solves(double p) => Math.Abs(((observed - p) * (observed - p)) - (Z2 * p * (1 - p) / of)) < 1e-12;
    }
}
