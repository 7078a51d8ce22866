using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace LeadRules.Benchmarks.Interleaved;

/// <summary>
/// The markdown report of an interleaved run: per category, each benchmark's time per operation and its ratio to the
/// category's baseline, both as the ratio of the means and as the median of the ratios taken round by round.
/// </summary>
internal static class InterleavedReport
{
    public static string Write(Type type, IReadOnlyList<InterleavedRunner.BenchmarkCase> cases, IReadOnlyDictionary<InterleavedRunner.BenchmarkCase, List<double>> samples)
    {
        var rounds = samples.Values.First().Count;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"# {type.Name}, interleaved"));
        text.AppendLine();
        text.AppendLine(Invariant($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores."));
        text.AppendLine(Invariant($"One process; {rounds} rounds after 3 warm-up rounds; each round times every benchmark once for at least a second after a full collection, in an order that rotates from round to round."));
        text.AppendLine("Times are per operation (per lead where the benchmark says so). Mean ratio: the mean over the category's baseline's mean.");
        text.AppendLine("Paired ratio: the benchmark's time over the baseline's in the same round; its median and quartiles over the rounds. Speed-up: the baseline's mean over the benchmark's.");
        text.AppendLine();
        text.AppendLine("| Category | Benchmark | Mean | Median | Mean ratio | Paired ratio, median | Paired ratio, quartiles | Speed-up |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var category in cases.GroupBy(c => c.Category))
        {
            var baseline = category.FirstOrDefault(c => c.Baseline) ?? category.First();
            var baseMean = samples[baseline].Average();
            foreach (var item in category.OrderByDescending(c => c == baseline))
            {
                var times = samples[item];
                var paired = times.Select((t, round) => t / samples[baseline][round]).OrderBy(r => r).ToList();
                var mean = times.Average();
                text.AppendLine(Invariant(
                    $"| {category.Key} | {item.Name} | {Time(mean)} | {Time(Quantile(times.OrderBy(t => t).ToList(), 0.5))} | {mean / baseMean:F3} | {Quantile(paired, 0.5):F3} | {Quantile(paired, 0.25):F3} – {Quantile(paired, 0.75):F3} | {baseMean / mean:F2}× |"));
            }
        }

        return text.ToString();
    }

    /// <summary>The <paramref name="q"/> quantile of sorted <paramref name="values"/>, interpolated between neighbours.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        var position = q * (values.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, values.Count - 1);
        return values[below] + ((values[above] - values[below]) * (position - below));
    }

    private static string Time(double nanoseconds) =>
        nanoseconds >= 1e6 ? Invariant($"{nanoseconds / 1e6:N2} ms") : nanoseconds >= 1e4 ? Invariant($"{nanoseconds / 1e3:N1} µs") : Invariant($"{nanoseconds:N0} ns");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
