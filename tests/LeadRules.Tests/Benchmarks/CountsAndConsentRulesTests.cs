using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Benchmarks;
using LeadRules.Rules;
using LeadRules.Tests.Generated;
using Xunit;

namespace LeadRules.Tests.Benchmarks;

/// <summary>The benchmarks' second rule set and its hand-written equivalent, which the benchmarks compare for speed.</summary>
public class CountsAndConsentRulesTests
{
    private const int LeadCount = 4096;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string RulePath = Path.Combine(RepoPaths.Root, "benchmarks", "LeadRules.Benchmarks", "rules", "counts-and-consent.json");

    [Fact]
    public void Load_CountsAndConsent_HasTwentyFourRules()
    {
        var rules = RuleSet.Load(RulePath);

        (rules.Scoring.Rules.Count, rules.Temperature.Rules.Count, rules.Strategies.Rules.Count).Should().Be((12, 4, 8));
        rules.Strategies.Rules.Select(r => r.Name).Should().Equal(HandWrittenCountsAndConsent.Strategies);
    }

    [Fact]
    public void Assess_GeneratedLeads_HandWrittenAgreesWithLibraryOnEveryLead()
    {
        var rules = RuleSet.Load(RulePath);
        var scorer = new LeadScorer(rules);
        var handWritten = new HandWrittenCountsAndConsent();

        var pairs = LeadGenerator.Generate(rules, LeadCount, seed: 7, AsOf)
            .Select(lead => (Lead: lead, Library: scorer.Assess(lead, AsOf), Hand: handWritten.Assess(lead, AsOf)))
            .ToList();

        pairs.Where(p => !p.Library.Succeeded || p.Library.Temperature != p.Hand.Temperature || !p.Library.Score.Equals(p.Hand.Score)
                || HandWrittenCountsAndConsent.StrategyBits(p.Library) != p.Hand.Strategies)
            .Select(p => $"{p.Lead.Id}: library ({p.Library.Temperature}, {p.Library.Score}, {HandWrittenCountsAndConsent.StrategyBits(p.Library)}), hand-written {p.Hand}")
            .Should().BeEmpty();

        // The leads reach every temperature and every strategy, so the agreement covers every rule's outcome.
        pairs.Select(p => p.Hand.Temperature).Distinct().Should().HaveCount(3);
        pairs.Aggregate(0, (bits, p) => bits | p.Hand.Strategies).Should().Be((1 << HandWrittenCountsAndConsent.Strategies.Count) - 1);
    }
}
