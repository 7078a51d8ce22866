using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>The compiled engine against Microsoft RulesEngine itself, on many generated leads that reach every rule and edge.</summary>
public class EngineAgreementTests
{
    private const int GeneratedLeads = 100_000;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("default.json", GeneratedLeads)]
    [InlineData("b2b-example.json", 20_000)]
    public void AssessParallel_GeneratedLeads_CompiledAgreesWithReference(string file, int count)
    {
        var rules = RuleSet.Load(RepoPaths.Rules(file));
        var leads = LeadGenerator.Generate(rules, count, seed: 2026, AsOf);

        var compiled = new LeadScorer(rules).AssessParallel(leads, AsOf);
        var reference = new LeadScorer(rules, new LeadScorerOptions { Engine = EvaluationEngine.Reference }).AssessParallel(leads, AsOf);

        compiled.Should().HaveCount(count);
        var disagreements = Enumerable.Range(0, count)
            .Where(i => Describe(compiled[i]) != Describe(reference[i]))
            .Take(5)
            .Select(i => $"{leads[i].Id}: compiled {Describe(compiled[i])} / reference {Describe(reference[i])}")
            .ToList();
        disagreements.Should().BeEmpty();
        compiled.Select(r => r.Temperature).Distinct().Should().HaveCount(3, "the leads reach every temperature");
    }

    [Fact]
    public void Generate_HundredThousandLeads_ReachEveryRuleOfTheDefaultRuleSet()
    {
        var leads = LeadGenerator.Generate(RuleSet.Default, GeneratedLeads, seed: 2026, AsOf);

        var results = new LeadScorer(RuleSet.Default).AssessParallel(leads, AsOf);

        var reasons = results.SelectMany(r => r.Reasons.Select(x => x.Rule)).ToHashSet();
        var strategies = results.SelectMany(r => r.Recommendations.Select(x => x.Strategy)).ToHashSet();
        var temperatureRules = results.Select(r => r.TemperatureRule).ToHashSet();
        reasons.Should().BeEquivalentTo(RuleSet.Default.Scoring.Rules.Select(r => r.Name), "every scoring rule holds for some lead");
        strategies.Should().BeEquivalentTo(RuleSet.Default.Vocabulary.Strategies);
        temperatureRules.Should().BeEquivalentTo(RuleSet.Default.Temperature.Rules.Select(r => r.Name));
        results.SelectMany(r => r.Reasons.Where(x => x.Rule == "review_views").Select(x => x.Points)).Should().Contain(9, "caps are reached");
    }

    [Fact]
    public void AssessMany_Samples_CompiledAgreesWithReference()
    {
        var leads = LeadJsonReader.ReadLines(new System.IO.StreamReader(RepoPaths.Samples("leads.ndjson")))
            .Select(l => l.Lead!)
            .ToList();

        var compiled = new LeadScorer(RuleSet.Default).AssessMany(leads, AsOf).Select(Describe);
        var reference = new LeadScorer(RuleSet.Default, new LeadScorerOptions { Engine = EvaluationEngine.Reference }).AssessMany(leads, AsOf).Select(Describe);

        compiled.Should().Equal(reference);
    }

    private static string Describe(Assessment a) => a.Succeeded
        ? $"{a.Temperature}|{a.Score}|{a.Owner}|{a.TemperatureRule}|{Join(a.Recommendations.Select(r => r.Strategy))}|{Join(a.Reasons.Select(r => r.ToString()))}"
        : "error: " + a.Error;

    private static string Join(IEnumerable<string> parts) => string.Join(";", parts);
}
