using System;
using System.Linq;
using FsCheck.Xunit;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;

namespace LeadRules.Tests.Properties;

/// <summary>Properties of scoring that hold for any generated lead.</summary>
public class ScoringProperties
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LeadScorer Compiled = new(RuleSet.Default);
    private static readonly LeadScorer Reference = new(RuleSet.Default, new LeadScorerOptions { Engine = EvaluationEngine.Reference });

    [Property(MaxTest = 100)]
    public bool Assess_GeneratedLeads_ScoreIsTheRoundedSumOfReasonsOwnerFollowsTemperatureEnginesAgree(Guid seed)
    {
        var leads = LeadGenerator.Generate(RuleSet.Default, 20, seed.GetHashCode(), AsOf);

        return leads.All(lead =>
        {
            var compiled = Compiled.Assess(lead, AsOf);
            var reference = Reference.Assess(lead, AsOf);
            return compiled.Succeeded
                && compiled.Score == Math.Round(compiled.Reasons.Sum(r => r.Points), 2, MidpointRounding.AwayFromZero)
                && compiled.Owner == (compiled.Temperature == Temperature.Qualified ? Owner.Sales : Owner.Marketing)
                && compiled.Recommendations.Select(r => r.Priority).SequenceEqual(compiled.Recommendations.Select(r => r.Priority).OrderByDescending(p => p))
                && compiled.Score == reference.Score
                && compiled.Temperature == reference.Temperature
                && compiled.Recommendations.Select(r => r.Strategy).SequenceEqual(reference.Recommendations.Select(r => r.Strategy));
        });
    }

    [Property(MaxTest = 100)]
    public bool Assess_ContactPointAdded_NoRuleThatGivesPointsGivesFewer(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var types = RuleSet.Default.Vocabulary.ContactPointTypes;
        var leads = LeadGenerator.Generate(RuleSet.Default, 20, seed.GetHashCode(), AsOf);

        return leads.All(lead =>
        {
            var days = random.Next(4) == 0 ? (double?)null : random.Next(0, 200);
            var added = new ContactPoint(types[random.Next(types.Count)], days is { } d ? AsOf.AddDays(-d) : null, random.Next(1, 3));
            var before = Compiled.Assess(lead, AsOf).Reasons.Where(r => r.Points > 0).ToDictionary(r => r.Rule, r => r.Points);
            var after = Compiled.Assess(new Lead(lead.Id, lead.ContactPoints.Append(added), lead.Consent, lead.Attributes, lead.History), AsOf)
                .Reasons.ToDictionary(r => r.Rule, r => r.Points);
            return before.All(b => after.TryGetValue(b.Key, out var points) && points >= b.Value);
        });
    }
}
