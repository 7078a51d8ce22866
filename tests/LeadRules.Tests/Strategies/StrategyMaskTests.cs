using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Rules.Definitions;
using LeadRules.Strategies;
using LeadRules.Tests.Generated;
using Xunit;

namespace LeadRules.Tests.Strategies;

/// <summary>
/// Up to 64 strategies are selected with bit masks per stage and refused consents; past that, strategy by strategy.
/// Both must pick and rank the same strategies.
/// </summary>
public class StrategyMaskTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Masks_and_the_strategy_by_strategy_path_recommend_the_same()
    {
        var rules = RuleSet.Default.Strategies.Rules;
        var condition = rules[0].Condition;

        // Strategies that never hold, put first so the default ones move to other positions, and priorities that tie.
        var padding = Enumerable.Range(0, 60)
            .Select(i => new StrategyRule($"padding_{i}", condition, rules[i % rules.Count].Terms))
            .ToList();
        var masks = new StrategySelector(rules);
        var oneByOne = new StrategySelector(padding.Concat(rules).ToList());
        var leads = LeadGenerator.Generate(RuleSet.Default, 2_000, seed: 11, AsOf);
        leads.Should().Contain(l => l.HistoryArray.Length > 0, "cool-downs must be exercised")
            .And.Contain(l => l.Consent.Email == ConsentState.Denied || l.Consent.Phone == ConsentState.Denied);

        var random = new Random(5);
        var recommended = 0;
        foreach (var lead in leads)
        {
            var held = rules.Select(_ => random.Next(3) > 0).ToArray();
            var temperature = (Temperature)random.Next(3);
            var asOf = AsOf.AddDays(-random.Next(3));

            var fast = masks.Recommendations(masks.Select(held, new bool[rules.Count], temperature, lead, asOf));
            var slow = oneByOne.Recommendations(oneByOne.Select(new bool[padding.Count].Concat(held).ToArray(), new bool[padding.Count + rules.Count], temperature, lead, asOf));

            fast.Select(r => r.Strategy).Should().Equal(slow.Select(r => r.Strategy), $"lead {lead.Id} at {temperature}");
            recommended += fast.Length;
        }

        recommended.Should().BeGreaterThan(leads.Length, "most leads get some recommendation");
    }
}
