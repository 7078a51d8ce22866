using System;
using System.Linq;
using FsCheck.Xunit;
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
}
