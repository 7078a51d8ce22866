using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;
using Xunit;

namespace LeadRules.Tests.Rules;

/// <summary>
/// Rule sets share one expression parser per process. Loading several at once, on many threads, must give each the
/// same rules, answers and problems as loading it alone.
/// </summary>
public class ConcurrentLoadingTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string Broken = TestRuleSets.Build(
        scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") > ", "Properties": { "points": 1 } }""");

    [Fact]
    public void Rule_sets_loaded_on_many_threads_at_once_match_those_loaded_alone()
    {
        var files = new[] { RepoPaths.Rules("default.json"), RepoPaths.Rules("b2b-example.json") };
        var leads = LeadGenerator.Generate(RuleSet.Default, 300, seed: 7, AsOf);
        var expected = files.Select(f => Answers(RuleSet.Load(f), leads)).ToArray();
        var expectedProblems = Problems();

        var loads = Enumerable.Range(0, 24).ToArray();
        var results = new string[loads.Length];
        Parallel.ForEach(loads, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            results[i] = i % 3 == 2 ? Problems() : Answers(RuleSet.Load(files[i % 3]), leads);
        });

        for (var i = 0; i < loads.Length; i++)
        {
            results[i].Should().Be(i % 3 == 2 ? expectedProblems : expected[i % 3], $"load {i} ran alongside the others");
        }
    }

    private static string Answers(RuleSet rules, Lead[] leads)
    {
        var scorer = new LeadScorer(rules);
        var rows = leads.Select(lead => scorer.Assess(lead, AsOf))
            .Select(a => a.Succeeded ? $"{a.LeadId} {a.Temperature} {a.Score} {string.Join(",", a.Reasons.Select(r => r.Rule))}" : $"{a.LeadId} {a.Error}");
        return string.Join(Environment.NewLine, rules.Rules.Select(r => r.ToString()).Concat(rows));
    }

    private static string Problems()
    {
        try
        {
            RuleSet.Parse(Broken);
            return "loaded";
        }
        catch (RuleSetException e)
        {
            return string.Join(Environment.NewLine, e.Problems);
        }
    }
}
