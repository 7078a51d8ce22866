using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadRules.Tests;

namespace LeadRules.Benchmarks;

/// <summary>
/// Start-up: <c>leadrules score</c> on the 50 sample leads with the embedded default rules, as a whole process from
/// launch to exit, which bounds the time to its first row; next to a process that only tokenises the same file
/// (<c>benchmarks/Tokenize</c>), which is about what starting the runtime costs. Both are the Release builds in the
/// repository: build the solution in Release first. Each time is one whole run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 3, iterationCount: 25)]
public class StartupBenchmarks
{
    private static readonly string Samples = RepoPaths.Samples("leads.ndjson");

    [GlobalSetup]
    public void Setup() => ReleaseBuilds.Check();

    [Benchmark(Baseline = true, Description = "Only tokenise the 50 sample leads (a process)")]
    public void Tokenize() => ReleaseBuilds.Run(ReleaseBuilds.Tokenizer, $"\"{Samples}\"");

    [Benchmark(Description = "leadrules score on the 50 sample leads (a process)")]
    public void Score() => ReleaseBuilds.Run(ReleaseBuilds.Cli, $"score --in \"{Samples}\" --as-of 2026-11-01T00:00:00Z");
}
