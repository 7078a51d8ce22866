using LeadRules.Analytics.Backtest;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams labelled leads into a backtest in chunks: the next chunk is read while the current one is parsed, scored and
/// added to the backtest across cores. Memory stays bounded by two chunks and what the backtest keeps (a count per
/// distinct score).
/// </summary>
internal sealed class BacktestPipeline
{
    private readonly LeadScorer _scorer;
    private readonly DateTimeOffset _asOf;
    private readonly Func<LeadLine, bool?> _label;
    private readonly ErrorSample _errors = new();
    private long _lines;
    private long _unlabelled;

    public BacktestPipeline(LeadScorer scorer, DateTimeOffset asOf, Func<LeadLine, bool?> label)
    {
        _scorer = scorer;
        _asOf = asOf;
        _label = label;
    }

    /// <summary>How many lines or rows were read.</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>How many valid leads had no outcome, and were left out.</summary>
    public long Unlabelled => Interlocked.Read(ref _unlabelled);

    /// <summary>The first few errors, in input order.</summary>
    public IEnumerable<string> FirstErrors => _errors.Lines;

    public BacktestResult Run(LeadSource source, ProgressLine? progress)
    {
        var backtest = new BacktestAccumulator(_scorer.Rules, _asOf);
        source.AssessEach(_scorer, _asOf, (line, assessment) => Add(backtest, line, assessment), () => progress?.Update(Lines, backtest.Failed));
        progress?.Finish(Lines, backtest.Failed);
        return backtest.ToResult();
    }

    /// <summary>Adds one line to the backtest: its lead and outcome, or its error. Thread-safe.</summary>
    private void Add(BacktestAccumulator backtest, LeadLine line, Assessment? assessment)
    {
        Interlocked.Increment(ref _lines);
        var error = assessment is null ? line.Error : assessment.Error;
        if (error is not null)
        {
            backtest.AddFailed();
            _errors.Add(line.LineNumber, error);

            return;
        }

        if (_label(line) is not { } converted)
        {
            Interlocked.Increment(ref _unlabelled);
            return;
        }

        backtest.Add(line.Lead!, assessment!, converted);
    }
}
