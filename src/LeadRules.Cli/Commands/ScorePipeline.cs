using LeadRules.Batch;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams NDJSON to CSV in chunks: the next chunk is read while the current one is parsed and scored across cores
/// (through <see cref="LeadScorer.AssessItemsParallel"/>), and rows are written in input order. Memory stays bounded by two chunks.
/// </summary>
internal sealed class ScorePipeline
{
    private const int ChunkSize = 8192;

    private readonly LeadScorer _scorer;
    private readonly DateTimeOffset _asOf;
    private readonly FunnelSummary _summary = new();

    public ScorePipeline(LeadScorer scorer, DateTimeOffset asOf)
    {
        _scorer = scorer;
        _asOf = asOf;
    }

    public FunnelSummary Run(TextReader input, TextWriter output, ProgressLine? progress)
    {
        var csv = new CsvAssessmentWriter(output);
        long firstLine = 1;
        var lineReader = new LineReader(input);
        var next = Task.Run(() => ReadChunk(lineReader));
        while (true)
        {
            var lines = next.GetAwaiter().GetResult();
            if (lines.Count == 0)
            {
                break;
            }

            next = Task.Run(() => ReadChunk(lineReader));
            var rows = Score(lines, firstLine);
            foreach (var row in rows)
            {
                output.Write(row);
            }

            firstLine += lines.Count;
            progress?.Update(_summary.Leads, _summary.Errors);
        }

        progress?.Finish(_summary.Leads, _summary.Errors);
        return _summary;

        string[] Score(List<string> lines, long first)
        {
            // Each line is parsed, assessed and turned into its row on one thread, so its lead dies young.
            var parsed = new LeadLine?[lines.Count];
            var rows = _scorer.AssessItemsParallel(
                Enumerable.Range(0, lines.Count).ToArray(),
                i => (parsed[i] = LeadJsonReader.Parse(lines[i], first + i)).Lead,
                (i, assessment) =>
                {
                    var line = parsed[i]!;
                    parsed[i] = null;
                    _summary.Add(assessment);
                    return assessment is null ? csv.ErrorRow(line.Id, line.LineNumber, line.Error!) : csv.Row(assessment, line.LineNumber);
                },
                _asOf,
                new BatchOptions { ChunkSize = lines.Count + 1 });
            return rows;
        }
    }

    private static List<string> ReadChunk(LineReader input)
    {
        var lines = new List<string>(ChunkSize);
        string? line;
        while (lines.Count < ChunkSize && (line = input.ReadLine()) is not null)
        {
            lines.Add(line);
        }

        return lines;
    }
}
