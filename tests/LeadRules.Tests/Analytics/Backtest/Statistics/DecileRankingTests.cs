using System;
using System.Linq;
using FluentAssertions;
using FsCheck.Xunit;
using LeadRules.Analytics.Backtest.Statistics;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest.Statistics;

public class DecileRankingTests
{
    [Fact]
    public void Compute_TwentyDistinctScores_TwoLeadsPerDecileHighestFirst()
    {
        var scores = Enumerable.Range(1, 20).Select(s => ((double)s, s > 16)).ToArray();

        var deciles = DecileRanking.Compute(AucStatisticTests.Histogram(scores), WilsonInterval.Of(4, 20));

        deciles.Select(d => d.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        deciles.Select(d => d.Conversion.Of).Should().OnlyContain(n => n == 2);
        deciles[0].MaxScore.Should().Be(20);
        deciles[0].MinScore.Should().Be(19);
        deciles[9].MaxScore.Should().Be(2);
        deciles[9].MinScore.Should().Be(1);
        deciles.Select(d => d.Conversion.Hits).Should().Equal(2, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        deciles[0].Lift.Should().Be(5); // 100% over a base rate of 20%
        deciles[2].Lift.Should().Be(0);
    }

    [Fact]
    public void Compute_TieGroupAtTheTop_GoesWhollyToDecileOneAndLeavesTwoAndThreeEmpty()
    {
        // Ten leads: three score 9 (ranks 0-2, the first falls in decile 1), then one lead per score 8 to 2.
        var scores = new[] { (9.0, true), (9.0, true), (9.0, false), (8.0, false), (7.0, true), (6.0, false), (5.0, false), (4.0, false), (3.0, false), (2.0, false) };

        var deciles = DecileRanking.Compute(AucStatisticTests.Histogram(scores), WilsonInterval.Of(3, 10));

        deciles.Select(d => d.Conversion.Of).Should().Equal(3, 0, 0, 1, 1, 1, 1, 1, 1, 1);
        deciles[0].Conversion.Hits.Should().Be(2);
        deciles[0].MinScore.Should().Be(9);
        deciles[0].MaxScore.Should().Be(9);
        deciles[1].MinScore.Should().Be(double.NaN);
        deciles[1].MaxScore.Should().Be(double.NaN);
        deciles[1].Lift.Should().Be(double.NaN);
        deciles[3].MaxScore.Should().Be(8);
        deciles[4].Conversion.Hits.Should().Be(1);
    }

    [Fact]
    public void Compute_NoLeads_TenEmptyDeciles()
    {
        var deciles = DecileRanking.Compute(Array.Empty<ScoreCount>(), WilsonInterval.Of(0, 0));

        deciles.Should().HaveCount(10);
        deciles.Should().OnlyContain(d => d.Conversion.Of == 0 && double.IsNaN(d.MinScore));
    }

    /// <summary>
    /// Against the definition, lead by lead: sort the leads by score, highest first; the decile of a lead is
    /// ⌊10 r / n⌋ + 1 for the rank r of the first lead with its score; count each decile from that list.
    /// </summary>
    [Property(MaxTest = 100)]
    public bool Compute_GeneratedScores_MatchesLeadByLeadRanking(int seed)
    {
        var random = new Random(seed);
        var distinct = random.Next(1, 40);
        var leads = Enumerable.Range(0, random.Next(1, 400))
            .Select(_ => (Score: (double)random.Next(distinct), Converted: random.Next(4) == 0))
            .ToArray();
        var sorted = leads.OrderByDescending(l => l.Score).ToArray();
        var n = sorted.Length;
        var decileOf = sorted.Select(l => (Array.FindIndex(sorted, o => o.Score == l.Score) * 10 / n) + 1).ToArray();

        var deciles = DecileRanking.Compute(AucStatisticTests.Histogram(leads), WilsonInterval.Of(1, 2));

        return deciles.All(d =>
        {
            var members = sorted.Where((_, i) => decileOf[i] == d.Number).ToArray();
            return d.Conversion.Of == members.Length
                && d.Conversion.Hits == members.Count(m => m.Converted)
                && (members.Length == 0 ? double.IsNaN(d.MaxScore) : d.MaxScore == members.Max(m => m.Score) && d.MinScore == members.Min(m => m.Score));
        });
    }

    [Property(MaxTest = 50)]
    public bool Compute_DistinctScores_DecileSizesDifferByAtMostOne(ushort count)
    {
        var leads = Enumerable.Range(0, (count % 500) + 10).Select(s => ((double)s, false)).ToArray();

        var sizes = DecileRanking.Compute(AucStatisticTests.Histogram(leads), WilsonInterval.Of(0, 1)).Select(d => d.Conversion.Of).ToArray();

        return sizes.Max() - sizes.Min() <= 1 && sizes.Sum() == leads.Length;
    }
}
