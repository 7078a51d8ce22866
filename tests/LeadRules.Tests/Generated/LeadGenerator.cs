using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Tests.Generated;

/// <summary>
/// Seeded random leads that reach every rule of a rule set and its edges: ages on and around decay, window and
/// cool-down boundaries, counts past caps, consent granted, refused and unknown, history inside and outside cool-downs.
/// </summary>
internal static class LeadGenerator
{
    private static readonly double[] EdgeDays = { 0, 1, 2, 3, 7, 10, 14, 30, 45, 60, 90, 120, 180 };
    private static readonly string[] Regions = { "emea", "amer", "apac" };

    public static Lead[] Generate(RuleSet rules, int count, int seed, DateTimeOffset asOf)
    {
        var random = new Random(seed);
        var types = rules.Vocabulary.ContactPointTypes;
        var strategies = rules.Vocabulary.Strategies;
        var leads = new Lead[count];
        for (var i = 0; i < count; i++)
        {
            var points = Enumerable.Range(0, random.Next(0, 9))
                .Select(_ => new ContactPoint(types[random.Next(types.Count)], At(random, asOf), random.Next(10) == 0 ? random.Next(0, 12) : 1))
                .ToList();
            var history = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => new StrategyUse(strategies[random.Next(strategies.Count)], At(random, asOf) ?? asOf))
                .ToList();
            var attributes = new Dictionary<string, object>
            {
                ["role"] = random.Next(4) == 0 ? "decision_maker" : "analyst",
                ["company_size"] = random.Next(1, 6000),
                ["region"] = Regions[random.Next(Regions.Length)],
            };
            leads[i] = new Lead($"G{seed}-{i}", points, new Consent(State(random), State(random), State(random)), attributes, history);
        }

        return leads;
    }

    private static DateTimeOffset? At(Random random, DateTimeOffset asOf) => random.Next(12) switch
    {
        0 => null,
        1 => asOf.AddDays(random.Next(1, 30)),
        2 or 3 or 4 => asOf.AddDays(-EdgeDays[random.Next(EdgeDays.Length)]).AddTicks(random.Next(3) - 1),
        _ => asOf.AddMinutes(-random.Next(0, 400 * 24 * 60)),
    };

    private static ConsentState State(Random random) => (ConsentState)random.Next(3);
}
