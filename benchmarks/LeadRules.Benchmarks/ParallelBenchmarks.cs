using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;

namespace LeadRules.Benchmarks;

/// <summary>
/// What all cores buy: a plain CPU-bound loop (the default rule set written by hand, over the same leads) on one thread and
/// with <see cref="Parallel.ForEach{TSource}(System.Collections.Generic.IEnumerable{TSource}, Action{TSource})"/>; next to
/// LeadRules' batch calls on one core and on all. Each category's one-core run is its baseline, so the ratios are the
/// inverse speed-ups: LeadRules' over the plain loop's is the share of the available speed-up it reaches.
/// <list type="bullet">
/// <item><see cref="LeadScorer.AssessParallel"/> and <see cref="LeadScorer.AssessItemsParallel"/> with
/// <see cref="BatchOptions.MaxDegreeOfParallelism"/> 1 and with the default (all cores): each call returns a new array.</item>
/// <item><see cref="LeadScorer.AssessParallelInto"/> into one array kept from call to call, with one core and with all.</item>
/// <item><see cref="LeadScorer.AssessMany(ReadOnlySpan{Lead}, Span{Assessment}, DateTimeOffset)"/> into one array kept
/// from call to call, on one thread and on a fixed share of the leads per core: what any batching could reach at best.</item>
/// </list>
/// Times are per lead.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 20)]
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

    private static BatchOptions OneCore { get; } = new() { MaxDegreeOfParallelism = 1 };

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

    [BenchmarkCategory("AssessParallel"), Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "AssessParallel, one core")]
    public Assessment[] AssessParallelOneCore() => _scorer.AssessParallel(_leads, AsOf, OneCore);

    [BenchmarkCategory("AssessParallel"), Benchmark(OperationsPerInvoke = Leads, Description = "AssessParallel, all cores")]
    public Assessment[] AssessParallelAllCores() => _scorer.AssessParallel(_leads, AsOf);

    [BenchmarkCategory("AssessParallelInto"), Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "AssessParallelInto a kept array, one core")]
    public void AssessParallelIntoOneCore() => _scorer.AssessParallelInto(_leads, _results, AsOf, OneCore);

    [BenchmarkCategory("AssessParallelInto"), Benchmark(OperationsPerInvoke = Leads, Description = "AssessParallelInto a kept array, all cores")]
    public void AssessParallelIntoAllCores() => _scorer.AssessParallelInto(_leads, _results, AsOf);

    [BenchmarkCategory("AssessItemsParallel"), Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "AssessItemsParallel, one core")]
    public int[] AssessItemsParallelOneCore() => _scorer.AssessItemsParallel(_leads, Itself, Strategies, AsOf, OneCore);

    [BenchmarkCategory("AssessItemsParallel"), Benchmark(OperationsPerInvoke = Leads, Description = "AssessItemsParallel, all cores")]
    public int[] AssessItemsParallelAllCores() => _scorer.AssessItemsParallel(_leads, Itself, Strategies, AsOf);

    [BenchmarkCategory("AssessMany"), Benchmark(Baseline = true, OperationsPerInvoke = Leads, Description = "AssessMany into a kept array, one thread")]
    public void LeadRulesOneThread() => _scorer.AssessMany(_leads, _results, AsOf);

    /// <summary>The least batching can cost: one AssessMany per core over a fixed share of the leads, no ranges, no projections.</summary>
    [BenchmarkCategory("AssessMany"), Benchmark(OperationsPerInvoke = Leads, Description = "AssessMany into a kept array, one share per core")]
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

    private static Lead Itself(Lead lead) => lead;

    /// <summary>A projection as a host might make: the recommended strategies' count, from the assessment.</summary>
    private static int Strategies(Lead lead, Assessment? assessment) => assessment?.Recommendations.Length ?? -1;
}
