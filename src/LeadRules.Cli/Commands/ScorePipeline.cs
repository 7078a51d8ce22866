using LeadRules.Batch;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams NDJSON to CSV in chunks: the next chunk is read while the current one is parsed and scored across cores
/// (through <see cref="LeadScorer.AssessParallel"/>), and rows are written in input order. Memory stays bounded by two chunks.
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
        var next = Task.Run(() => ReadChunk(input));
        while (true)
        {
            var lines = next.GetAwaiter().GetResult();
            if (lines.Count == 0)
            {
                break;
            }

            next = Task.Run(() => ReadChunk(input));
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
            var parsed = new LeadLine[lines.Count];
            Parallel.For(0, lines.Count, i => parsed[i] = LeadJsonReader.Parse(lines[i], first + i));
            var leads = parsed.Where(p => p.Lead is not null).Select(p => p.Lead!).ToArray();
            var assessed = _scorer.AssessParallel(leads, _asOf, new BatchOptions { ChunkSize = leads.Length + 1 });
            var rows = new string[parsed.Length];
            var results = new Assessment?[parsed.Length];
            for (int i = 0, j = 0; i < parsed.Length; i++)
            {
                results[i] = parsed[i].Lead is null ? null : assessed[j++];
            }

            Parallel.For(0, parsed.Length, i => rows[i] = results[i] is { } a ? csv.Row(a, parsed[i].LineNumber) : csv.ErrorRow(parsed[i].Id, parsed[i].LineNumber, parsed[i].Error!));
            foreach (var result in results)
            {
                if (result is null)
                {
                    _summary.AddError();
                }
                else
                {
                    _summary.Add(result);
                }
            }

            return rows;
        }
    }

    private static List<string> ReadChunk(TextReader input)
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
