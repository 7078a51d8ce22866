using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using LeadRules.Cli.Commands;
using LeadRules.Cli.Input;
using LeadRules.Leads.Mapping;
using LeadRules.Rules;
using LeadRules.Tests;

namespace LeadRules.Benchmarks;

/// <summary>
/// A real CSV export (the bank-marketing file, 45,211 rows) through its mapping: <c>leadrules score</c> against
/// <c>leadrules backtest</c> on the same rows with the same rules, per row, both across all cores.
/// </summary>
[MemoryDiagnoser]
public class MappedCsvBenchmarks
{
    private const int Rows = 45_211;
    private static readonly DateTimeOffset AsOf = new(2010, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private string _csv = string.Empty;
    private LeadMapping _mapping = null!;
    private LeadScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _csv = File.ReadAllText(RepoPaths.BankMarketing("bank-full.csv"));
        _mapping = LeadMapping.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "mapping.json")));
        _scorer = new LeadScorer(RuleSet.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "rules.json"))));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows, Description = "leadrules score: read CSV, map, score, write CSV")]
    public long Score()
    {
        using var source = Open();
        return new ScorePipeline(_scorer, AsOf).Run(source, Stream.Null, progress: null).Leads;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "leadrules backtest: read CSV, map, score, backtest")]
    public long Backtest()
    {
        using var source = Open();
        return new BacktestPipeline(_scorer, AsOf, line => line.Converted).Run(source, progress: null).Leads;
    }

    private CsvSource Open()
    {
        var text = new StringReader(_csv);
        return new CsvSource(text, _mapping, AsOf, options: null);
    }
}
