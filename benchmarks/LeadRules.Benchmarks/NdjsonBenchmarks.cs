using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LeadRules.Cli.Commands;
using LeadRules.Cli.Input;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests;
using Newtonsoft.Json;

namespace LeadRules.Benchmarks;

/// <summary>
/// The command line's rate against merely parsing the same NDJSON with the same JSON reader (Newtonsoft.Json's
/// <see cref="JsonTextReader"/>), per line, over lines cycled from samples/leads.ndjson.
/// </summary>
[MemoryDiagnoser]
public class NdjsonBenchmarks
{
    private const int Lines = 16_384;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private string _ndjson = string.Empty;
    private LeadScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var samples = File.ReadAllLines(RepoPaths.Samples("leads.ndjson"));
        _ndjson = string.Join("\n", Enumerable.Range(0, Lines).Select(i => samples[i % samples.Length])) + "\n";
        _scorer = new LeadScorer(RuleSet.Default);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines, Description = "Parse only: JsonTextReader over every token")]
    public int ParseOnly()
    {
        var tokens = 0;
        using var input = new StringReader(_ndjson);
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            using var reader = new JsonTextReader(new StringReader(line));
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Lines, Description = "LeadJsonReader.Parse")]
    public int ReadLeads() => LeadJsonReader.ReadLines(new StringReader(_ndjson)).Count(l => l.Lead is not null);

    [Benchmark(OperationsPerInvoke = Lines, Description = "leadrules score: read, parse, score, write CSV")]
    public long CommandLine() => new ScorePipeline(_scorer, AsOf).Run(new NdjsonSource(new StringReader(_ndjson)), TextWriter.Null, progress: null).Leads;
}
