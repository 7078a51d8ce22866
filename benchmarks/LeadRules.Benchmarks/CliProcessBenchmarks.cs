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
/// the Release builds in the repository: build the solution in Release first. Each time is one whole run. The same run pinned
/// to one core shows what the second buys.
/// </summary>
[SimpleJob(RunStrategy.Monitoring)]
public class CliProcessBenchmarks
{
    private const int Leads = 1_000_000;

    private string _input = string.Empty;
    private string _output = string.Empty;

    private string ScoreArguments => $"score --in \"{_input}\" --out \"{_output}\" --as-of 2026-11-01T00:00:00Z";

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
    public void Score() => ReleaseBuilds.Run(ReleaseBuilds.Cli, ScoreArguments);

    /// <summary>
    /// The same run pinned to one core (<c>taskset -c 0</c>), with the runtime's wait before it starts optimising hot
    /// methods left as on two cores (<c>DOTNET_TC_DelaySingleProcMultiplier=1</c>): what the second core buys.
    /// </summary>
    [Benchmark(Description = "the same, pinned to one core (taskset -c 0, DOTNET_TC_DelaySingleProcMultiplier=1)")]
    public void ScoreOneCore() => ReleaseBuilds.Run(ReleaseBuilds.Cli, ScoreArguments, oneCore: true, ("DOTNET_TC_DelaySingleProcMultiplier", "1"));

    /// <summary>
    /// The same run pinned to one core with the runtime's defaults: on one core the runtime waits ten times as long
    /// before it starts optimising hot methods, so more of the run goes by in unoptimised code.
    /// </summary>
    [Benchmark(Description = "the same, pinned to one core, runtime defaults (taskset -c 0)")]
    public void ScoreOneCoreDefaults() => ReleaseBuilds.Run(ReleaseBuilds.Cli, ScoreArguments, oneCore: true);

    /// <summary>The same run with the dynamic PGO that the tool turns off in its runtime configuration turned back on.</summary>
    [Benchmark(Description = "the same, with dynamic PGO (DOTNET_TieredPGO=1)")]
    public void ScoreWithDynamicPgo() => ReleaseBuilds.Run(ReleaseBuilds.Cli, ScoreArguments, ("DOTNET_TieredPGO", "1"));
}
