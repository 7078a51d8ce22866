using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;

namespace LeadRules.Benchmarks;

/// <summary>
/// What reading an assessment's reasons and recommendations adds to scoring (time per lead, over the default rule
/// set), and what a lead with many contact points costs (time per lead; divide by <see cref="ManyPoints"/> for the
/// cost per contact point).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ResultReadingBenchmarks
{
    private const int Leads = 16_384;
    private const int ManyPoints = 1_000;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private Lead[] _leads = Array.Empty<Lead>();
    private Lead _busyLead = null!;
    private LeadScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _leads = LeadGenerator.Generate(RuleSet.Default, Leads, seed: 42, AsOf);
        _scorer = new LeadScorer(RuleSet.Default);

        // Every type of the default vocabulary in turn, each dated within the last 400 days, none after the as-of time.
        var random = new Random(7);
        var types = RuleSet.Default.Vocabulary.ContactPointTypes;
        var points = Enumerable.Range(0, ManyPoints)
            .Select(i => new ContactPoint(types[i % types.Count], AsOf.AddMinutes(-random.Next(0, 400 * 24 * 60))))
            .ToArray();
        _busyLead = new Lead("busy", points);
    }

    [BenchmarkCategory("Reading")]
    [Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "Assess each lead")]
    public double Scoring()
    {
        var sum = 0.0;
        foreach (var lead in _leads)
        {
            var result = _scorer.Assess(lead, AsOf);
            sum += result.Succeeded ? result.Score : 0;
        }

        return sum;
    }

    [BenchmarkCategory("Reading")]
    [Benchmark(OperationsPerInvoke = Leads, Description = "Assess each lead and read every reason and recommendation")]
    public double ScoringAndReading()
    {
        var sum = 0.0;
        foreach (var lead in _leads)
        {
            var result = _scorer.Assess(lead, AsOf);
            if (!result.Succeeded)
            {
                continue;
            }

            sum += result.Score;
            foreach (var reason in result.Reasons)
            {
                sum += reason.Points;
            }

            foreach (var recommendation in result.Recommendations)
            {
                sum += recommendation.Priority;
            }
        }

        return sum;
    }

    [BenchmarkCategory("ContactPoints")]
    [Benchmark(Baseline = true, Description = "Assess one lead with 1,000 dated contact points")]
    public Assessment ManyContactPoints() => _scorer.Assess(_busyLead, AsOf);
}
