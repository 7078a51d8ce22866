using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace LeadRules.Benchmarks.Interleaved;

/// <summary>
/// Runs the benchmarks of one class in a single process, in rounds: each round times every benchmark once, in an order
/// that rotates from round to round, so each ratio to a category's baseline is taken from timings seconds apart on the
/// same warm process. BenchmarkDotNet runs each benchmark in a process of its own, one after another: its ratios span
/// minutes, and on a shared machine whose speed drifts they move by more than the differences being measured.
/// </summary>
internal static class InterleavedRunner
{
    /// <summary>The least time one sample runs a benchmark for: long enough that the collections its own garbage needs land in it.</summary>
    private static readonly TimeSpan MinSample = TimeSpan.FromSeconds(1);

    private const int WarmupRounds = 3;

    /// <summary>
    /// Runs <c>interleaved CLASS [ROUNDS]</c>: the class's short name (such as <c>ParallelBenchmarks</c>); writes the
    /// report to the console and to <c>BenchmarkDotNet.Artifacts/results</c>. Returns the process exit code.
    /// </summary>
    public static int Run(string[] args)
    {
        var type = args.Length > 1 ? typeof(InterleavedRunner).Assembly.GetTypes().FirstOrDefault(t => t.Name == args[1]) : null;
        var rounds = 30;
        if (type is null || (args.Length > 2 && (!int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 3)))
        {
            Console.Error.WriteLine("usage: interleaved CLASS [ROUNDS]: CLASS is a benchmark class's name, such as ParallelBenchmarks; ROUNDS is 3 or more (default 30).");
            return 2;
        }

        var cases = BenchmarkCase.Of(type);
        if (cases.Count == 0)
        {
            Console.Error.WriteLine($"{type.Name} has no benchmark this runner can time: it runs [Benchmark] methods without parameters, iteration setup or [Params].");
            return 2;
        }

        var samples = cases.ToDictionary(c => c, _ => new List<double>());
        for (var round = 0; round < WarmupRounds + rounds; round++)
        {
            for (var k = 0; k < cases.Count; k++)
            {
                var next = cases[(round + k) % cases.Count];
                var perOperation = next.Sample(MinSample);
                if (round >= WarmupRounds)
                {
                    samples[next].Add(perOperation);
                }
            }
        }

        var report = InterleavedReport.Write(type, cases, samples);
        Console.WriteLine(report);
        var directory = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{type.FullName}-interleaved.md");
        File.WriteAllText(path, report);
        Console.WriteLine($"report: {Path.GetFullPath(path)}");
        return 0;
    }

    /// <summary>One [Benchmark] method on one instance of its class, set up as BenchmarkDotNet would.</summary>
    internal sealed class BenchmarkCase
    {
        private readonly object _instance;
        private readonly MethodInfo _method;

        private BenchmarkCase(object instance, MethodInfo method, BenchmarkAttribute attribute)
        {
            _instance = instance;
            _method = method;
            Name = attribute.Description ?? method.Name;
            Baseline = attribute.Baseline;
            OperationsPerInvoke = attribute.OperationsPerInvoke;
            Category = method.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() ?? string.Empty;
        }

        public string Name { get; }

        public string Category { get; }

        public bool Baseline { get; }

        public int OperationsPerInvoke { get; }

        public static List<BenchmarkCase> Of(Type type)
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance);
            if (type.GetCustomAttributes().Any(a => a.GetType().Name.Contains("Params", StringComparison.Ordinal)) ||
                methods.Any(m => m.GetCustomAttribute<IterationSetupAttribute>() is not null) ||
                type.GetProperties().Any(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
            {
                return new List<BenchmarkCase>();
            }

            var instance = Activator.CreateInstance(type)!;
            foreach (var setup in methods.Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            {
                setup.Invoke(instance, null);
            }

            return methods
                .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>()))
                .Where(m => m.Attribute is not null && m.Method.GetParameters().Length == 0)
                .Select(m => new BenchmarkCase(instance, m.Method, m.Attribute!))
                .ToList();
        }

        /// <summary>Invokes the method until <paramref name="least"/> has passed, after a full collection; returns nanoseconds per operation.</summary>
        public double Sample(TimeSpan least)
        {
            // As BenchmarkDotNet does before each iteration: whatever the benchmark before left for the collector is
            // collected now, so each sample pays for its own garbage only.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var invocations = 0;
            var clock = Stopwatch.StartNew();
            do
            {
                _method.Invoke(_instance, null);
                invocations++;
            }
            while (clock.Elapsed < least);

            return clock.Elapsed.TotalMilliseconds * 1e6 / invocations / OperationsPerInvoke;
        }
    }
}
