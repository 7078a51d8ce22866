using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests;
using LeadRules.Tests.Generated;

namespace LeadRules.Benchmarks;

/// <summary>
/// Leads per second over a second, simpler rule set (rules/counts-and-consent.json: 24 rules over contact-point counts
/// and consent): RulesEngine itself (the baseline), the same rules written by hand, and LeadRules in bulk on one thread.
/// The setup checks that all three agree on every lead. Times are per lead.
/// </summary>
[MemoryDiagnoser]
public class SimpleRuleSetBenchmarks
{
    private const int Leads = 16_384;
    private const int BaselineLeads = 512;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private Lead[] _leads = Array.Empty<Lead>();
    private Assessment[] _results = Array.Empty<Assessment>();
    private LeadScorer _compiled = null!;
    private LeadScorer _reference = null!;
    private HandWrittenCountsAndConsent _handWritten = null!;

    /// <summary>The rule file, beside these benchmarks.</summary>
    public static string RulePath => Path.Combine(RepoPaths.Root, "benchmarks", "LeadRules.Benchmarks", "rules", "counts-and-consent.json");

    [GlobalSetup]
    public void Setup()
    {
        var rules = RuleSet.Load(RulePath);
        _leads = LeadGenerator.Generate(rules, Leads, seed: 42, AsOf);
        _results = new Assessment[Leads];
        _compiled = new LeadScorer(rules);
        _reference = new LeadScorer(rules, new LeadScorerOptions { Engine = EvaluationEngine.Reference });
        _handWritten = new HandWrittenCountsAndConsent();
        foreach (var lead in _leads)
        {
            var library = _compiled.Assess(lead, AsOf);
            Check(lead, "the hand-written rules", _handWritten.Assess(lead, AsOf), library);
            var reference = _reference.Assess(lead, AsOf);
            Check(lead, "RulesEngine", (reference.Temperature, reference.Score, HandWrittenCountsAndConsent.StrategyBits(reference)), library);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BaselineLeads, Description = "RulesEngine ExecuteAllRulesAsync per lead")]
    public void RulesEnginePerLead()
    {
        for (var i = 0; i < BaselineLeads; i++)
        {
            _reference.Assess(_leads[i], AsOf);
        }
    }

    [Benchmark(OperationsPerInvoke = Leads, Description = "Hand-written C#")]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var lead in _leads)
        {
            sum += _handWritten.Assess(lead, AsOf).Strategies;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Leads, Description = "AssessMany, one thread")]
    public void BulkOneThread() => _compiled.AssessMany(_leads, _results, AsOf);

    private static void Check(Lead lead, string what, (Temperature Temperature, double Score, int Strategies) other, Assessment library)
    {
        var strategies = HandWrittenCountsAndConsent.StrategyBits(library);
        if (!library.Succeeded || library.Temperature != other.Temperature || !library.Score.Equals(other.Score) || strategies != other.Strategies)
        {
            throw new InvalidOperationException(
                $"{what} disagree with the library on lead {lead.Id}: {other} vs ({library.Temperature}, {library.Score}, {strategies}){(library.Succeeded ? string.Empty : ": " + library.Error)}.");
        }
    }
}
