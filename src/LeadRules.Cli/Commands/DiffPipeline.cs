using LeadRules.Analytics.Diff;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams leads into a rule-set diff in chunks: the next chunk is read while the current one is parsed and scored by
/// both rule sets across cores, each lead by both on the thread that parsed it. Memory stays bounded by two chunks and
/// what the diff keeps.
/// </summary>
internal sealed class DiffPipeline
{
    private readonly LeadScorer _scorer;
    private readonly LeadScorer _againstScorer;
    private readonly DateTimeOffset _asOf;
    private readonly Func<LeadLine, bool?> _label;
    private readonly ErrorSample _errors = new();
    private long _lines;
    private long _labelled;

    public DiffPipeline(LeadScorer scorer, LeadScorer againstScorer, DateTimeOffset asOf, Func<LeadLine, bool?> label)
    {
        _scorer = scorer;
        _againstScorer = againstScorer;
        _asOf = asOf;
        _label = label;
    }

    /// <summary>How many lines or rows were read.</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>How many leads both rule sets scored that came with an outcome.</summary>
    public long Labelled => Interlocked.Read(ref _labelled);

    /// <summary>The first few errors, in input order.</summary>
    public IEnumerable<string> FirstErrors => _errors.Lines;

    public DiffResult Run(LeadSource source, ProgressLine? progress)
    {
        var diff = new DiffAccumulator(_scorer.Rules, _againstScorer.Rules, _asOf);
        source.AssessEach(_scorer, _asOf, (line, assessment) => Add(diff, line, assessment), () => progress?.Update(Lines, diff.Failed));
        progress?.Finish(Lines, diff.Failed);
        return diff.ToResult();
    }

    /// <summary>Adds one line to the diff: its lead under both rule sets, or its error. Thread-safe.</summary>
    private void Add(DiffAccumulator diff, LeadLine line, Assessment? assessment)
    {
        Interlocked.Increment(ref _lines);
        var against = assessment is null ? null : _againstScorer.Assess(line.Lead!, _asOf);
        var error = assessment is null ? line.Error
            : assessment.Error is { } e ? $"{e} (new rule set)"
            : against!.Error is { } a ? $"{a} (rule set compared against)"
            : null;
        if (error is not null)
        {
            diff.AddFailed();
            _errors.Add(line.LineNumber, error);

            return;
        }

        var converted = _label(line);
        if (converted is not null)
        {
            Interlocked.Increment(ref _labelled);
        }

        diff.Add(line.LineNumber, line.Lead!, assessment!, against!, converted);
    }
}
