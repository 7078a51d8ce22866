using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LeadRules.Benchmarks.LeadScorerBenchmarks).Assembly).Run(args);
