using System.Globalization;
using LeadRules.Leads;
using LeadRules.Recency;
using LeadRules.Rules;

namespace LeadRules.Cli.Output;

/// <summary>
/// Counts input lines per temperature and per owner, and the leads that recency rules could not judge, from any thread;
/// prints the funnel and those warnings to stderr.
/// </summary>
/// <remarks>
/// Each scoring thread counts into its own tally, so threads never write the same cache line for every lead; the totals
/// are summed when read, between chunks and at the end, when no thread is counting.
/// </remarks>
internal sealed class FunnelSummary
{
    private const int FirstWarnings = 5;

    private readonly RecencyPlan _recency;
    private readonly ThreadLocal<Tally> _tallies;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _firstWarnings = new();
    private long _blank;

    public FunnelSummary(RuleSet rules)
    {
        _recency = rules.Recency;
        _tallies = new ThreadLocal<Tally>(() => new Tally(_recency.Rules.Count), trackAllValues: true);
    }

    public long Leads => Sum(t => t.Leads);

    public long Errors => Sum(t => t.Errors);

    /// <summary>Counts a blank input line, which gets no row. Thread-safe.</summary>
    public void AddBlank() => Interlocked.Increment(ref _blank);

    /// <summary>Counts one input line: its lead and assessment, or <see langword="null"/>s when the line held no valid lead. Thread-safe.</summary>
    public void Add(Lead? lead, Assessment? assessment)
    {
        var tally = _tallies.Value!;
        tally.Leads++;
        if (assessment is not { Succeeded: true })
        {
            tally.Errors++;
            return;
        }

        _recency.CountUndated(lead!, tally.Undated);
        if (assessment.Warnings.Count > 0)
        {
            tally.Warned++;
            tally.Warnings += assessment.Warnings.Count;
            if (_firstWarnings.Count < FirstWarnings)
            {
                _firstWarnings.Enqueue($"{assessment.LeadId}: {assessment.Warnings[0]}");
            }
        }

        tally.Temperatures[(int)assessment.Temperature]++;
        tally.Owners[(int)assessment.Owner]++;
    }

    /// <summary>Prints the funnel; <paramref name="asOf"/> is the as-of time as the user gave it.</summary>
    public void Print(TextWriter output, string rules, string asOf)
    {
        var scored = Leads - Errors;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scored {scored} of {Leads} leads ({Errors} with errors) as of {asOf} with {rules}"));
        if (_blank > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped {_blank} blank lines (no row)"));
        }

        output.WriteLine($"peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        var temperatures = Enumerable.Range(0, 3).Select(i => Sum(t => t.Temperatures[i])).ToArray();
        WriteTable(output, temperatures, Enumerable.Range(0, 2).Select(i => Sum(t => t.Owners[i])).ToArray(), scored);
        var warned = Sum(t => t.Warned);
        if (warned > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warnings: {Sum(t => t.Warnings)} on {warned} scored leads (each lead's are in the JSON output, --format ndjson); the first:"));
            foreach (var warning in _firstWarnings.Take(FirstWarnings))
            {
                output.WriteLine("  " + warning);
            }
        }

        UndatedRecencyWarning.Print(output, _recency.Rules.Select((r, i) => new UndatedRecencyCount(r.Workflow, r.Name, Sum(t => t.Undated[i]))).ToArray());
    }

    /// <summary>
    /// The funnel table: leads and share per temperature (indexed by <see cref="Temperature"/>) and per owner (by
    /// <see cref="Owner"/>), the counts right-aligned under their header however many digits they take.
    /// </summary>
    public static void WriteTable(TextWriter output, long[] temperatures, long[] owners, long scored)
    {
        var width = Math.Max(6, scored.ToString(CultureInfo.InvariantCulture).Length);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, $"{{0,-15}} {{1,{width}}} {{2,7}}", "funnel", "leads", "share"));
        foreach (var temperature in new[] { Temperature.Cold, Temperature.Warm, Temperature.Qualified })
        {
            output.WriteLine(Row(temperature.ToName(), temperatures[(int)temperature], scored, width));
        }

        foreach (var owner in new[] { Owner.Marketing, Owner.Sales })
        {
            output.WriteLine(Row("owner " + owner.ToName(), owners[(int)owner], scored, width));
        }
    }

    private static string Row(string name, long count, long total, int width)
    {
        var share = total == 0 ? 0 : 100.0 * count / total;
        return string.Format(CultureInfo.InvariantCulture, $"{{0,-15}} {{1,{width}}} {{2,6:0.0}}%", name, count, share);
    }

    private long Sum(Func<Tally, long> count) => _tallies.Values.Sum(count);

    /// <summary>One thread's counts.</summary>
    private sealed class Tally
    {
        public Tally(int recencyRules) => Undated = new long[recencyRules];

        public long Leads { get; set; }

        public long Errors { get; set; }

        public long Warned { get; set; }

        public long Warnings { get; set; }

        public long[] Temperatures { get; } = new long[3];

        public long[] Owners { get; } = new long[2];

        /// <summary>Per recency rule, in plan order, the leads it could not judge.</summary>
        public long[] Undated { get; }
    }
}
