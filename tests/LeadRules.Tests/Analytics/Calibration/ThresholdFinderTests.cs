using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Calibration;
using Xunit;

namespace LeadRules.Tests.Analytics.Calibration;

public sealed class ThresholdFinderTests
{
    // Scores 0 to 9, 100 leads each; the leads at score s convert Rates[s] out of 100.
    private static readonly int[] Rates = { 2, 4, 6, 8, 10, 14, 18, 24, 32, 40 };

    [Fact]
    public void Find_RisingConversion_QualifiedFromWhereConversionReachesTheTargetWarmFromWhereItPassesTheBaseRate()
    {
        var (scores, converted) = Leads();

        var (qualified, warm, meets) = ThresholdFinder.Find(scores, i => converted[i], _ => true, 2.0, 30);

        // Base rate 15.8%, target 31.6%: score 8 is the first to convert at the target (32%), score 6 the first above
        // the base rate (18%).
        meets.Should().BeTrue();
        qualified.Should().Be(8);
        warm.Should().Be(6);
    }

    [Fact]
    public void Find_RisingConversion_ConversionRisesStrictlyColdWarmQualified()
    {
        var (scores, converted) = Leads();

        var (qualified, warm, _) = ThresholdFinder.Find(scores, i => converted[i], _ => true, 2.0, 30);

        double Rate(Func<double, bool> inside) => Enumerable.Range(0, scores.Length).Where(i => inside(scores[i])).Average(i => converted[i] ? 1.0 : 0.0);
        var cold = Rate(s => s < warm);
        var warmRate = Rate(s => s >= warm && s < qualified);
        var qualifiedRate = Rate(s => s >= qualified);
        cold.Should().BeLessThan(warmRate);
        warmRate.Should().BeLessThan(qualifiedRate);
    }

    [Fact]
    public void Find_ConversionDipsAsTheScoreRises_PoolsTheDipBeforeChoosing()
    {
        // Scores 0 to 3, 100 leads each, converting 5%, 40%, 20%, 60%: base rate 31.25%, target 62.5%.
        var rates = new[] { 5, 40, 20, 60 };
        var scores = Enumerable.Range(0, 400).Select(i => (double)(i / 100)).ToArray();
        var converted = Enumerable.Range(0, 400).Select(i => i % 100 < rates[i / 100]).ToArray();

        var (qualified, warm, meets) = ThresholdFinder.Find(scores, i => converted[i], _ => true, 1.5, 30);

        // Scores 1 and 2 pool to 30%, below the base rate: cold; score 3 converts 60% >= 1.5 x 31.25%: qualified; no warm band.
        meets.Should().BeTrue();
        qualified.Should().Be(3);
        warm.Should().Be(3);
    }

    [Fact]
    public void Find_OnlyMultiTouchLeadsQualify_LeavesTheOthersToWarm()
    {
        var (scores, converted) = Leads();

        var (qualified, _, meets) = ThresholdFinder.Find(scores, i => converted[i], i => i % 2 == 0, 2.0, 30);

        meets.Should().BeTrue();
        qualified.Should().BeGreaterThanOrEqualTo(7);
    }

    [Fact]
    public void Find_NoSegmentReachesTheTarget_SaysSo()
    {
        var (scores, converted) = Leads();

        var (_, _, meets) = ThresholdFinder.Find(scores, i => converted[i], _ => true, 10.0, 30);

        meets.Should().BeFalse();
    }

    private static (double[] Scores, bool[] Converted) Leads()
    {
        var scores = Enumerable.Range(0, 1000).Select(i => (double)(i / 100)).ToArray();
        var converted = Enumerable.Range(0, 1000).Select(i => i % 100 < Rates[i / 100]).ToArray();
        return (scores, converted);
    }
}
