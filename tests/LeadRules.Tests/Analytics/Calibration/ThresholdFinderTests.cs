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
    public void Find_RisingConversion_QualifiedIsTheLargestTopSegmentAtTheTargetLift()
    {
        var (scores, converted) = Leads();

        var (qualified, warm, meets) = ThresholdFinder.Find(scores, i => converted[i], _ => true, 2.0, 30);

        // Base rate 15.8%; the top three scores convert (24 + 32 + 40) / 300 = 32% >= 31.6%, the top four 27% < 31.6%.
        meets.Should().BeTrue();
        qualified.Should().Be(7);
        // Warm as low as score 5 (14% and 18%: 16% > 15.8%); cold below converts 6%.
        warm.Should().Be(5);
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
