using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Evaluation;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>Reasons of varying points are kept per rule and value: each read gives that rule and exactly those points, whatever shares its slot.</summary>
public class ReasonCacheTests
{
    [Fact]
    public void Get_ManyValuesThroughFewSlots_GivesEachRuleItsOwnNameAndExactPoints()
    {
        var cache = new ReasonCache(new[] { "fixed", "decays", "capped" }, rule => rule > 0);
        var random = new Random(7);
        var values = Enumerable.Range(0, 5_000).Select(_ => Math.Round(random.NextDouble() * 40 - 10, 2)).Concat(new[] { 0.0, 1e-300, -1e300 }).ToArray();

        foreach (var points in values.Concat(values))
        {
            foreach (var rule in new[] { 1, 2 })
            {
                var reason = cache.Get(rule, points);
                reason.Rule.Should().Be(rule == 1 ? "decays" : "capped");
                BitConverter.DoubleToInt64Bits(reason.Points).Should().Be(BitConverter.DoubleToInt64Bits(points));
            }
        }
    }

    [Fact]
    public void Get_TheSameValueAgain_GivesTheKeptReason()
    {
        var cache = new ReasonCache(new[] { "decays" }, _ => true);

        cache.Get(0, 12.34).Should().BeSameAs(cache.Get(0, 12.34));
    }
}
