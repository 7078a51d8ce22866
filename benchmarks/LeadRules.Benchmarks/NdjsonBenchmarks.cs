using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LeadRules.Cli.Commands;
using LeadRules.Cli.Input;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests;

namespace LeadRules.Benchmarks;

/// <summary>
/// The command line's rate against merely tokenising the same NDJSON with the same JSON reader (System.Text.Json's
/// <see cref="Utf8JsonReader"/>), per line, over lines cycled from samples/leads.ndjson.
/// </summary>
[MemoryDiagnoser]
public class NdjsonBenchmarks
{
    private const int Lines = 16_384;
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private string _ndjson = string.Empty;
    private byte[] _utf8 = Array.Empty<byte>();
    private LeadScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var samples = File.ReadAllLines(RepoPaths.Samples("leads.ndjson"));
        _ndjson = string.Join("\n", Enumerable.Range(0, Lines).Select(i => samples[i % samples.Length])) + "\n";
        _utf8 = Encoding.UTF8.GetBytes(_ndjson);
        _scorer = new LeadScorer(RuleSet.Default);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines, Description = "Parse only: Utf8JsonReader over every token")]
    public int ParseOnly()
    {
        var tokens = 0;
        var utf8 = _utf8.AsSpan();
        while (utf8.Length > 0)
        {
            var end = utf8.IndexOf((byte)'\n');
            var reader = new Utf8JsonReader(utf8[..end]);
            while (reader.Read())
            {
                tokens++;
            }

            utf8 = utf8[(end + 1)..];
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Lines, Description = "LeadJsonReader.Parse")]
    public int ReadLeads() => LeadJsonReader.ReadLines(new StringReader(_ndjson)).Count(l => l.Lead is not null);

    [Benchmark(OperationsPerInvoke = Lines, Description = "leadrules score: read, parse, score, write CSV")]
    public long CommandLine() => new ScorePipeline(_scorer, AsOf).Run(new NdjsonSource(new MemoryStream(_utf8)), Stream.Null, progress: null).Leads;
}
