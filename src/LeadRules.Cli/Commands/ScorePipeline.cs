using LeadRules.Batch;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams leads to CSV (or NDJSON) in chunks: the next chunk is read while the current one is parsed and scored across cores
/// (through <see cref="LeadScorer.AssessItemsParallel"/>), and rows are written in input order. Memory stays bounded by two
/// chunks (see <see cref="LeadSource.ChunkChars"/>) and the rows of one.
/// </summary>
internal sealed class ScorePipeline
{
    private readonly LeadScorer _scorer;
    private readonly DateTimeOffset _asOf;
    private readonly FunnelSummary _summary;

    public ScorePipeline(LeadScorer scorer, DateTimeOffset asOf)
    {
        _scorer = scorer;
        _asOf = asOf;
        _summary = new FunnelSummary(scorer.Rules);
    }

    public FunnelSummary Run(LeadSource source, TextWriter output, ProgressLine? progress, IReadOnlyList<string>? keep = null, bool formulaGuard = true, bool ndjson = false)
    {
        IRowWriter csv = ndjson ? new NdjsonAssessmentWriter(_scorer.Rules.Stamp, _asOf) : new CsvAssessmentWriter(output, keep, formulaGuard);
        source.ForEachChunk(chunk =>
        {
            foreach (var row in Score(chunk))
            {
                output.Write(row);
            }

            progress?.Update(_summary.Leads, _summary.Errors);
        });

        progress?.Finish(_summary.Leads, _summary.Errors);
        return _summary;

        string[] Score(LeadChunk chunk)
        {
            // Each item is parsed, assessed and turned into its row on one thread, so its lead dies young.
            var parsed = new LeadLine?[chunk.Count];
            return _scorer.AssessItemsParallel(
                Enumerable.Range(0, chunk.Count).ToArray(),
                i => (parsed[i] = chunk.Parse(i)).Lead,
                (i, assessment) =>
                {
                    var line = parsed[i]!;
                    parsed[i] = null;
                    if (line.IsBlank)
                    {
                        // A blank line (a trailing newline, a separator) holds no lead: skipped, and counted.
                        _summary.AddBlank();
                        return string.Empty;
                    }

                    _summary.Add(line.Lead, assessment);
                    return assessment is null ? csv.ErrorRow(line) : csv.Row(assessment, line);
                },
                _asOf,
                new BatchOptions { ChunkSize = chunk.Count + 1 });
        }
    }
}
