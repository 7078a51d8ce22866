using System;
using System.Linq;
using FluentAssertions;
using FsCheck.Xunit;
using LeadRules.Analytics.Backtest.Statistics;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest.Statistics;

public class ScoreBinningTests
{
    [Fact]
    public void Compute_ZeroToTwenty_TwentyBinsOfWidthOneTheLastHoldingTheHighest()
    {
        var bins = ScoreBinning.Compute(AucStatisticTests.Histogram((0, true), (0.99, false), (1, false), (19.99, false), (20, true)));

        bins.Should().HaveCount(20);
        bins.Select(b => b.From).Should().Equal(Enumerable.Range(0, 20).Select(i => (double)i));
        bins.Select(b => b.To).Should().Equal(Enumerable.Range(1, 20).Select(i => (double)i));
        (bins[0].Converted, bins[0].NotConverted).Should().Be((1, 1));
        (bins[1].Converted, bins[1].NotConverted).Should().Be((0, 1));
        (bins[19].Converted, bins[19].NotConverted).Should().Be((1, 1));
        bins.Skip(2).Take(17).Should().OnlyContain(b => b.Converted == 0 && b.NotConverted == 0);
    }

    [Fact]
    public void Compute_AllScoresEqual_OneBin()
    {
        var bins = ScoreBinning.Compute(AucStatisticTests.Histogram((7.5, true), (7.5, false), (7.5, false)));

        bins.Should().ContainSingle();
        (bins[0].From, bins[0].To, bins[0].Converted, bins[0].NotConverted).Should().Be((7.5, 7.5, 1, 2));
    }

    [Fact]
    public void Compute_NoScores_NoBins()
    {
        ScoreBinning.Compute(Array.Empty<ScoreCount>()).Should().BeEmpty();
    }

    /// <summary>Against brute force: each bin counts the scores with From ≤ score &lt; To (≤ To in the last bin), as the bins report them.</summary>
    [Property(MaxTest = 100)]
    public bool Compute_GeneratedScores_EveryScoreInTheBinItsEdgesSay(int seed)
    {
        var random = new Random(seed);
        var leads = Enumerable.Range(0, random.Next(2, 300))
            .Select(_ => (Score: Math.Round((random.NextDouble() * 37.3) - 11.17, 2), Converted: random.Next(2) == 0))
            .ToArray();

        var bins = ScoreBinning.Compute(AucStatisticTests.Histogram(leads));

        return bins.Select((b, i) =>
        {
            var inside = leads.Where(l => b.From <= l.Score && (l.Score < b.To || (i == bins.Count - 1 && l.Score == b.To))).ToArray();
            return inside.Count(l => l.Converted) == b.Converted && inside.Count(l => !l.Converted) == b.NotConverted;
        }).All(ok => ok)
            && bins.Sum(b => b.Converted + b.NotConverted) == leads.Length;
    }
}
