using System.Globalization;
using LeadRules.Leads;
using LeadRules.Recency;
using LeadRules.Rules;

namespace LeadRules.Cli.Output;

/// <summary>
/// Counts input lines per temperature and per owner, and the leads that recency rules could not judge, from any thread;
/// prints the funnel and those warnings to stderr.
/// </summary>
internal sealed class FunnelSummary
{
    private const int FirstWarnings = 5;

    private readonly long[] _temperatures = new long[3];
    private readonly long[] _owners = new long[2];
    private readonly UndatedRecencyCounter _recency;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _firstWarnings = new();
    private long _leads;
    private long _errors;
    private long _warned;
    private long _blank;
    private long _warnings;

    public FunnelSummary(RuleSet rules) => _recency = new UndatedRecencyCounter(rules);

    public long Leads => Interlocked.Read(ref _leads);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Counts a blank input line, which gets no row. Thread-safe.</summary>
    public void AddBlank() => Interlocked.Increment(ref _blank);

    /// <summary>Counts one input line: its lead and assessment, or <see langword="null"/>s when the line held no valid lead. Thread-safe.</summary>
    public void Add(Lead? lead, Assessment? assessment)
    {
        Interlocked.Increment(ref _leads);
        if (assessment is not { Succeeded: true })
        {
            Interlocked.Increment(ref _errors);
            return;
        }

        _recency.Add(lead!);
        if (assessment.Warnings.Count > 0)
        {
            Interlocked.Increment(ref _warned);
            Interlocked.Add(ref _warnings, assessment.Warnings.Count);
            if (_firstWarnings.Count < FirstWarnings)
            {
                _firstWarnings.Enqueue($"{assessment.LeadId}: {assessment.Warnings[0]}");
            }
        }

        Interlocked.Increment(ref _temperatures[(int)assessment.Temperature]);
        Interlocked.Increment(ref _owners[(int)assessment.Owner]);
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
        WriteTable(output, _temperatures, _owners, scored);
        if (_warned > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warnings: {_warnings} on {_warned} scored leads (each lead's are in the JSON output, --format ndjson); the first:"));
            foreach (var warning in _firstWarnings.Take(FirstWarnings))
            {
                output.WriteLine("  " + warning);
            }
        }

        UndatedRecencyWarning.Print(output, _recency.Counts);
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
}
