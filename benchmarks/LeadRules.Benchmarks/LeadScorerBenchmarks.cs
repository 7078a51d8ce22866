using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests;
using LeadRules.Tests.Generated;

namespace LeadRules.Benchmarks;

/// <summary>
/// Leads per second over the default rule set: RulesEngine itself (the baseline), the same rules written by hand,
/// and LeadRules one lead at a time, in bulk on one thread, on all cores; and loading the rule set.
/// Each benchmark's time is per lead (per load for <see cref="LoadAndCompileDefault"/>).
/// </summary>
[MemoryDiagnoser]
public class LeadScorerBenchmarks
{
    private const int Leads = 16_384;
    private const int BaselineLeads = 512;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private Lead[] _leads = Array.Empty<Lead>();
    private Assessment[] _results = Array.Empty<Assessment>();
    private LeadScorer _compiled = null!;
    private LeadScorer _reference = null!;
    private HandWrittenDefault _handWritten = null!;
    private string _defaultJson = string.Empty;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _leads = LeadGenerator.Generate(RuleSet.Default, Leads, seed: 42, AsOf);
        _results = new Assessment[Leads];
        _compiled = new LeadScorer(RuleSet.Default);
        _reference = new LeadScorer(RuleSet.Default, new LeadScorerOptions { Engine = EvaluationEngine.Reference });
        _handWritten = new HandWrittenDefault();
        _defaultJson = File.ReadAllText(RepoPaths.Rules("default.json"));
        CheckHandWrittenAgrees();
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

    [Benchmark(Description = "LeadScorer.Assess, one lead")]
    public Assessment OneLead() => _compiled.Assess(_leads[_next++ & (Leads - 1)], AsOf);

    [Benchmark(OperationsPerInvoke = Leads, Description = "AssessMany, one thread")]
    public void BulkOneThread() => _compiled.AssessMany(_leads, _results, AsOf);

    [Benchmark(OperationsPerInvoke = Leads, Description = "AssessParallel, all cores")]
    public Assessment[] BulkAllCores() => _compiled.AssessParallel(_leads, AsOf);

    [Benchmark(Description = "Load and compile the default rule set")]
    public LeadScorer LoadAndCompileDefault() => new(RuleSet.Parse(_defaultJson, "default.json"));

    private void CheckHandWrittenAgrees()
    {
        var order = new[]
        {
            "direct_mailer", "digital_ads", "sponsored_social_post", "cold_call", "networking", "personal_follow_up_email", "sales_letter", "seminar_invitation",
            "warm_call", "promo_event_invitation", "one_on_one_call", "in_person_meeting", "limited_time_discount", "proposal", "abandoned_cart_email", "retail_interaction",
        }.ToList();
        foreach (var lead in _leads)
        {
            var library = _compiled.Assess(lead, AsOf);
            var hand = _handWritten.Assess(lead, AsOf);
            var strategies = library.Recommendations.Aggregate(0, (mask, r) => mask | (1 << order.IndexOf(r.Strategy)));
            if (library.Temperature != hand.Temperature || !library.Score.Equals(hand.Score) || strategies != hand.Strategies)
            {
                throw new InvalidOperationException(
                    $"The hand-written rules disagree with the library on lead {lead.Id}: {hand} vs ({library.Temperature}, {library.Score}, {strategies}).");
            }
        }
    }
}
