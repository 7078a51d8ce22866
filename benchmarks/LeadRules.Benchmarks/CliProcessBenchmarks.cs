using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadRules.Tests;

namespace LeadRules.Benchmarks;

/// <summary>
/// The command line end to end as a whole process (start, read, parse, score, write CSV) on a million leads, against a
/// process that only runs <c>Utf8JsonReader</c> over every token of the same file (<c>benchmarks/Tokenize</c>). Both are
/// the Release builds in the repository: build the solution in Release first. Each time is one whole run. The same run on
/// one core shows what the second buys.
/// </summary>
[SimpleJob(RunStrategy.Monitoring)]
public class CliProcessBenchmarks
{
    private const int Leads = 1_000_000;

    private string _input = string.Empty;
    private string _output = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var samples = File.ReadAllLines(RepoPaths.Samples("leads.ndjson"));
        _input = Path.Combine(Path.GetTempPath(), "leadrules-million.ndjson");
        _output = Path.Combine(Path.GetTempPath(), "leadrules-million.csv");
        File.WriteAllLines(_input, Enumerable.Range(0, Leads).Select(i => samples[i % samples.Length]));
        ReleaseBuilds.Check();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_input);
        File.Delete(_output);
    }

    [Benchmark(Baseline = true, Description = "Only tokenise the file with Utf8JsonReader (a process)")]
    public void Tokenize() => ReleaseBuilds.Run(ReleaseBuilds.Tokenizer, $"\"{_input}\"");

    [Benchmark(Description = "leadrules score --in FILE --out FILE (a process)")]
    public void Score() => ReleaseBuilds.Run(ReleaseBuilds.Cli, $"score --in \"{_input}\" --out \"{_output}\" --as-of 2026-11-01T00:00:00Z");

    /// <summary>The same run with the runtime told there is one core (<c>DOTNET_PROCESSOR_COUNT=1</c>): what both cores buy.</summary>
    [Benchmark(Description = "the same, on one core (DOTNET_PROCESSOR_COUNT=1)")]
    public void ScoreOneCore() => ReleaseBuilds.Run(ReleaseBuilds.Cli, $"score --in \"{_input}\" --out \"{_output}\" --as-of 2026-11-01T00:00:00Z", ("DOTNET_PROCESSOR_COUNT", "1"));

    /// <summary>The same run with the dynamic PGO that the tool turns off in its runtime configuration turned back on.</summary>
    [Benchmark(Description = "the same, with dynamic PGO (DOTNET_TieredPGO=1)")]
    public void ScoreWithDynamicPgo() => ReleaseBuilds.Run(ReleaseBuilds.Cli, $"score --in \"{_input}\" --out \"{_output}\" --as-of 2026-11-01T00:00:00Z", ("DOTNET_TieredPGO", "1"));
}
