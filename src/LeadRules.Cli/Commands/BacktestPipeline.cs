using LeadRules.Analytics.Backtest;
using LeadRules.Batch;
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
    private const int ChunkSize = 8192;
    private const int ErrorsShown = 5;

    private readonly LeadScorer _scorer;
    private readonly DateTimeOffset _asOf;
    private readonly Func<LeadLine, bool?> _label;
    private readonly List<(long Line, string Error)> _firstErrors = new();
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
    public IEnumerable<string> FirstErrors => _firstErrors.OrderBy(e => e.Line).Take(ErrorsShown).Select(e => $"line {e.Line}: {e.Error}");

    public BacktestResult Run(LeadSource source, ProgressLine? progress)
    {
        var backtest = new BacktestAccumulator(_scorer.Rules, _asOf);
        source.ForEachChunk(ChunkSize, chunk =>
        {
            var parsed = new LeadLine?[chunk.Count];
            _scorer.AssessItemsParallel(
                Enumerable.Range(0, chunk.Count).ToArray(),
                i => (parsed[i] = chunk.Parse(i)).Lead,
                (i, assessment) =>
                {
                    Add(backtest, parsed[i]!, assessment);
                    parsed[i] = null;
                    return 0;
                },
                _asOf,
                new BatchOptions { ChunkSize = chunk.Count + 1 });
            progress?.Update(Lines, backtest.Failed);
        });

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
            lock (_firstErrors)
            {
                _firstErrors.Add((line.LineNumber, error));
                if (_firstErrors.Count > ErrorsShown * 4)
                {
                    _firstErrors.Sort();
                    _firstErrors.RemoveRange(ErrorsShown, _firstErrors.Count - ErrorsShown);
                }
            }

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
