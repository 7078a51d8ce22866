using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;

namespace LeadRules.Benchmarks;

/// <summary>
/// What all cores buy: a plain CPU-bound loop (the default rule set written by hand, over the same leads) on one thread and
/// with <see cref="Parallel.ForEach{TSource}(System.Collections.Generic.IEnumerable{TSource}, Action{TSource})"/>, next to
/// <see cref="LeadScorer.AssessMany(ReadOnlySpan{Lead}, Span{Assessment}, DateTimeOffset)"/> on one thread and
/// <see cref="LeadScorer.AssessParallel"/>. Each category's one-thread run is its baseline, so the ratios are the
/// inverse speed-ups: LeadRules' over the plain loop's is the share of the available speed-up it reaches. A fixed share
/// of the leads per core, each assessed with <c>AssessMany</c>, shows what any batching could reach at best.
/// Times are per lead.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ParallelBenchmarks
{
    private const int Leads = 16_384;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private Lead[] _leads = Array.Empty<Lead>();
    private Assessment[] _results = Array.Empty<Assessment>();
    private int[] _strategies = Array.Empty<int>();
    private LeadScorer _scorer = null!;
    private HandWrittenDefault _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _leads = LeadGenerator.Generate(RuleSet.Default, Leads, seed: 42, AsOf);
        _results = new Assessment[Leads];
        _strategies = new int[Leads];
        _scorer = new LeadScorer(RuleSet.Default);
        _handWritten = new HandWrittenDefault();
    }

    [BenchmarkCategory("plain loop"), Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "Hand-written C#, one thread")]
    public void PlainOneThread()
    {
        for (var i = 0; i < _leads.Length; i++)
        {
            _strategies[i] = _handWritten.Assess(_leads[i], AsOf).Strategies;
        }
    }

    [BenchmarkCategory("plain loop"), Benchmark(OperationsPerInvoke = Leads, Description = "Hand-written C#, Parallel.ForEach, all cores")]
    public void PlainAllCores()
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(
            Partitioner.Create(0, _leads.Length, 256),
            options,
            () => new HandWrittenDefault(),
            (range, _, hand) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    _strategies[i] = hand.Assess(_leads[i], AsOf).Strategies;
                }

                return hand;
            },
            _ => { });
    }

    [BenchmarkCategory("LeadRules"), Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "AssessMany, one thread")]
    public void LeadRulesOneThread() => _scorer.AssessMany(_leads, _results, AsOf);

    [BenchmarkCategory("LeadRules"), Benchmark(OperationsPerInvoke = Leads, Description = "AssessParallel, all cores")]
    public Assessment[] LeadRulesAllCores() => _scorer.AssessParallel(_leads, AsOf);

    /// <summary>The least batching can cost: one AssessMany per core over a fixed share of the leads, no ranges, no projections.</summary>
    [BenchmarkCategory("LeadRules"), Benchmark(OperationsPerInvoke = Leads, Description = "AssessMany on one share per core, Parallel.For")]
    public void LeadRulesSharePerCore()
    {
        var cores = Environment.ProcessorCount;
        Parallel.For(0, cores, core =>
        {
            var from = _leads.Length * core / cores;
            var to = _leads.Length * (core + 1) / cores;
            _scorer.AssessMany(_leads.AsSpan(from, to - from), _results.AsSpan(from, to - from), AsOf);
        });
    }
}
