using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Analytics.Diff;

/// <summary><c>rules/b2b-example.json</c> diffed against <c>rules/default.json</c> on the sample leads, checked against the two assessments counted here.</summary>
public class RuleSetDiffTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly RuleSet Default = RuleSet.Load(RepoPaths.Rules("default.json"));
    private static readonly RuleSet B2b = RuleSet.Load(RepoPaths.Rules("b2b-example.json"));
    private static readonly IReadOnlyList<Lead> Leads = ReadLeads();
    private static readonly Assessment[] New = Leads.Select(l => new LeadScorer(B2b).Assess(l, AsOf)).ToArray();
    private static readonly Assessment[] Old = Leads.Select(l => new LeadScorer(Default).Assess(l, AsOf)).ToArray();
    private static readonly DiffResult Result = RuleSetDiff.Run(B2b, Default, Leads, AsOf, new DiffOptions { ChunkSize = 7, MaxDegreeOfParallelism = 2 });

    [Fact]
    public void Run_SampleLeads_EveryLeadScoredByBoth()
    {
        New.Concat(Old).Should().OnlyContain(a => a.Succeeded);
        (Result.Leads, Result.Failed).Should().Be((Leads.Count, 0L));
        Result.Leads.Should().Be(50);
    }

    [Fact]
    public void Run_SampleLeads_TransitionsMatchTheAssessmentsCountedDirectly()
    {
        var expected = Enumerable.Range(0, Leads.Count)
            .GroupBy(i => (Old[i].Temperature.ToName(), New[i].Temperature.ToName()))
            .ToDictionary(g => g.Key, g => (long)g.Count());

        Result.Transitions.Should().HaveCount(9);
        foreach (var t in Result.Transitions)
        {
            t.Leads.Should().Be(expected.GetValueOrDefault((t.From, t.To)), $"{t.From} -> {t.To}");
        }

        Result.Moved.Should().Be(Enumerable.Range(0, Leads.Count).Count(i => Old[i].Temperature != New[i].Temperature)).And.BeGreaterThan(0);
    }

    [Fact]
    public void Run_SampleLeads_HandOffsMatchTheOwnersCountedDirectly()
    {
        Result.ToSales.Should().Be(Enumerable.Range(0, Leads.Count).Count(i => Old[i].Owner == Owner.Marketing && New[i].Owner == Owner.Sales));
        Result.ToMarketing.Should().Be(Enumerable.Range(0, Leads.Count).Count(i => Old[i].Owner == Owner.Sales && New[i].Owner == Owner.Marketing));
        (Result.ToSales + Result.ToMarketing).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Run_SampleLeads_StrategiesMatchTheRecommendationsCountedDirectly()
    {
        foreach (var s in Result.Strategies)
        {
            bool Has(Assessment a) => a.Recommendations.Any(r => r.Strategy == s.Strategy);
            var range = Enumerable.Range(0, Leads.Count).ToArray();
            (s.Recommended, s.AgainstRecommended).Should().Be((range.Count(i => Has(New[i])), range.Count(i => Has(Old[i]))), s.Strategy);
            (s.Gained, s.Lost).Should().Be((range.Count(i => Has(New[i]) && !Has(Old[i])), range.Count(i => !Has(New[i]) && Has(Old[i]))), s.Strategy);
        }

        Result.Strategies.Select(s => s.Strategy).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(B2b.Rules.Concat(Default.Rules).Where(r => r.Workflow == WorkflowNames.Strategies).Select(r => r.Name).Distinct());
    }

    [Fact]
    public void Run_SampleLeads_RuleFiringMatchesTheReasonsCountedDirectly()
    {
        long? Held(RuleSet set, Assessment[] assessments, string workflow, string rule) =>
            !set.Rules.Any(r => r.Workflow == workflow && r.Name == rule) ? null
            : workflow == WorkflowNames.Scoring ? assessments.Count(a => a.Reasons.Any(r => r.Rule == rule))
            : assessments.Count(a => a.TemperatureRule == rule);

        Result.RuleChanges.Should().HaveCount(20);
        Result.RulesDiffering.Should().BeGreaterThan(20);
        foreach (var r in Result.RuleChanges)
        {
            (r.Held, r.AgainstHeld).Should().Be((Held(B2b, New, r.Workflow, r.Rule), Held(Default, Old, r.Workflow, r.Rule)), r.Rule);
        }

        Result.RuleChanges.Select(r => Math.Abs(r.Difference)).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Run_SampleLeads_MovedLeadsAreTheFirstTwentyInInputOrder()
    {
        var moved = Enumerable.Range(0, Leads.Count).Where(i => Old[i].Temperature != New[i].Temperature).Take(20).ToArray();

        Result.MovedLeads.Select(m => m.Position).Should().Equal(moved.Select(i => (long)i));
        Result.MovedLeads.Select(m => (m.LeadId, m.AgainstScore, m.Score)).Should().Equal(moved.Select(i => ((string?)Leads[i].Id, Old[i].Score, New[i].Score)));
        Result.MovedLeads.Select(m => string.Join(";", m.Reasons)).Should().Equal(moved.Select(i => string.Join(";", New[i].Reasons)));
    }

    [Fact]
    public void Run_DefaultAgainstItself_AllOnTheDiagonalNothingGainedOrLost()
    {
        var result = RuleSetDiff.Run(Default, RuleSet.Load(RepoPaths.Rules("default.json")), Leads, AsOf);

        result.Transitions.Where(t => t.From != t.To).Sum(t => t.Leads).Should().Be(0);
        result.Transitions.Where(t => t.From == t.To).Sum(t => t.Leads).Should().Be(50);
        result.Strategies.Should().OnlyContain(s => s.Gained == 0 && s.Lost == 0);
        (result.ToSales, result.ToMarketing, result.RuleChanges.Count, result.MovedLeads.Count).Should().Be((0L, 0L, 0, 0));
        (result.Backtest, result.AgainstBacktest).Should().Be((null, null));
    }

    [Fact]
    public void RunWithOutcomes_OutcomesForSomeLeads_BothBacktestsOverThoseLeads()
    {
        var pairs = Leads.Select((l, i) => (l, i % 3 == 0 ? (bool?)null : i % 2 == 0));

        var result = RuleSetDiff.RunWithOutcomes(B2b, Default, pairs, AsOf);

        result.Leads.Should().Be(50);
        result.Backtest!.Leads.Should().Be(33);
        result.AgainstBacktest!.Leads.Should().Be(33);
        result.Backtest.RuleSet.Hash.Should().Be(B2b.Stamp.Hash);
        result.AgainstBacktest.RuleSet.Hash.Should().Be(Default.Stamp.Hash);
        result.Backtest.BaseRate.Hits.Should().Be(result.AgainstBacktest.BaseRate.Hits).And.Be(Enumerable.Range(0, 50).Count(i => i % 3 != 0 && i % 2 == 0));
    }

    [Fact]
    public void RunWithOutcomes_NullLead_ThrowsNamingTheEntry()
    {
        var act = () => RuleSetDiff.RunWithOutcomes(B2b, Default, new[] { (Leads[0], (bool?)true), (null!, (bool?)false) }, AsOf);

        act.Should().Throw<ArgumentException>().WithMessage("Entry 1 of the leads has no lead (it is null); give every entry a lead.*");
    }

    private static List<Lead> ReadLeads()
    {
        using var reader = new StreamReader(RepoPaths.Samples("leads.ndjson"));
        return LeadJsonReader.ReadLines(reader).Select(l => l.Lead!).ToList();
    }
}
