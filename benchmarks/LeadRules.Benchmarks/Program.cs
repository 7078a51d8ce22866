using BenchmarkDotNet.Running;
using LeadRules.Benchmarks.Interleaved;

if (args.Length > 0 && args[0] == "interleaved")
{
    return InterleavedRunner.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(LeadRules.Benchmarks.LeadScorerBenchmarks).Assembly).Run(args);
return 0;
