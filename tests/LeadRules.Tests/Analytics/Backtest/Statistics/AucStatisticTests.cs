using System;
using System.Linq;
using FluentAssertions;
using FsCheck.Xunit;
using LeadRules.Analytics.Backtest.Statistics;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest.Statistics;

public class AucStatisticTests
{
    [Fact]
    public void Compute_TwoAndTwoLeads_CountsTiesHalf()
    {
        // Converted 3 and 2, not converted 2 and 1: pairs 3>2, 3>1, 2=2 (half), 2>1 give 3.5 of 4.
        var auc = AucStatistic.Compute(Histogram((3, true), (2, true), (2, false), (1, false)));

        auc.Value.Should().Be(0.875);

        // Hanley-McNeil: Q1 = 0.875 / 1.125, Q2 = 2 * 0.875² / 1.875, SE² = (A(1-A) + (Q1-A²) + (Q2-A²)) / 4.
        AucStatistic.HanleyMcNeilStandardError(0.875, 2, 2).Should().BeApproximately(0.20770739301024196, 1e-14);
        auc.Lower.Should().BeApproximately(0.46790099037721916, 1e-12);
        auc.Upper.Should().Be(1);
    }

    [Fact]
    public void Compute_FourAndSixLeadsWithTies_GivesEighteenOfTwentyFourPairs()
    {
        var auc = AucStatistic.Compute(Histogram(
            (10, true), (10, true), (5, true), (1, true),
            (10, false), (5, false), (5, false), (0, false), (0, false), (0, false)));

        auc.Value.Should().Be(0.75);
        auc.Lower.Should().BeApproximately(0.4148457492946976, 1e-12);
        auc.Upper.Should().Be(1);
    }

    [Fact]
    public void Compute_AllScoresEqual_IsOneHalf()
    {
        AucStatistic.Compute(Histogram((4, true), (4, false), (4, false))).Value.Should().Be(0.5);
    }

    [Fact]
    public void Compute_OneClassEmpty_IsNaN()
    {
        var auc = AucStatistic.Compute(Histogram((4, true), (2, true)));

        auc.Value.Should().Be(double.NaN);
        auc.Lower.Should().Be(double.NaN);
        auc.Upper.Should().Be(double.NaN);
    }

    [Fact]
    public void Compute_PerfectSeparation_IsOneWithAZeroWidthInterval()
    {
        var auc = AucStatistic.Compute(Histogram((9, true), (8, true), (1, false)));

        auc.Value.Should().Be(1);
        auc.Lower.Should().Be(1);
        auc.Upper.Should().Be(1);
    }

    /// <summary>Against brute force: every converted/not converted pair compared, over scores drawn from few values so ties abound.</summary>
    [Property(MaxTest = 100)]
    public bool Compute_GeneratedScores_EqualsPairCounting(int seed)
    {
        var random = new Random(seed);
        var leads = Enumerable.Range(0, random.Next(2, 300))
            .Select(_ => (Score: Math.Round(random.Next(0, 12) * 2.5 - 5, 2), Converted: random.Next(3) == 0))
            .ToArray();
        var converted = leads.Where(l => l.Converted).Select(l => l.Score).ToArray();
        var notConverted = leads.Where(l => !l.Converted).Select(l => l.Score).ToArray();
        var auc = AucStatistic.Compute(Histogram(leads));
        if (converted.Length == 0 || notConverted.Length == 0)
        {
            return double.IsNaN(auc.Value);
        }

        var pairs = converted.Sum(c => notConverted.Sum(n => c > n ? 1.0 : c == n ? 0.5 : 0.0));
        return Math.Abs(auc.Value - (pairs / (converted.Length * notConverted.Length))) < 1e-12
            && auc.Lower <= auc.Value && auc.Value <= auc.Upper;
    }

    internal static ScoreCount[] Histogram(params (double Score, bool Converted)[] leads)
    {
        var histogram = new ScoreHistogram();
        foreach (var (score, converted) in leads)
        {
            histogram.Add(score, converted);
        }

        return histogram.Ascending();
    }
}
