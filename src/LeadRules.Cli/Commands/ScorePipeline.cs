using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams leads to CSV (or NDJSON) in chunks: the next chunk is read while the current one is cut into slices, one run
/// of lines each, that are parsed, assessed and formatted into UTF-8 across cores, each slice into its own buffer; the
/// buffers are then written in order, so rows come out in input order. Memory stays bounded by two chunks (see
/// <see cref="LeadSource.ChunkBytes"/>) and the rows of one.
/// </summary>
internal sealed class ScorePipeline
{
    /// <summary>Slices per core in a chunk: more than one, so a core that is held up does not hold the chunk up.</summary>
    private const int SlicesPerCore = 4;

    private readonly LeadScorer _scorer;
    private readonly DateTimeOffset _asOf;
    private readonly FunnelSummary _summary;

    public ScorePipeline(LeadScorer scorer, DateTimeOffset asOf)
    {
        _scorer = scorer;
        _asOf = asOf;
        _summary = new FunnelSummary(scorer.Rules);
    }

    public FunnelSummary Run(LeadSource source, Stream output, ProgressLine? progress, IReadOnlyList<string>? keep = null, bool formulaGuard = true, bool ndjson = false)
    {
        IRowWriter rows = ndjson ? new NdjsonAssessmentWriter(_scorer.Rules.Stamp, _asOf) : new CsvAssessmentWriter(keep, formulaGuard);
        output.Write(rows.Header);
        var slices = new ByteBuffer[Environment.ProcessorCount * SlicesPerCore];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = new ByteBuffer();
        }

        try
        {
            source.ForEachChunk(chunk =>
            {
                var size = (chunk.Count + slices.Length - 1) / slices.Length;
                var count = (chunk.Count + size - 1) / size;
                Parallel.For(0, count, slice => Score(chunk, slice * size, Math.Min(chunk.Count, (slice + 1) * size), rows, slices[slice]));
                for (var slice = 0; slice < count; slice++)
                {
                    output.Write(slices[slice].Written);
                }

                progress?.Update(_summary.Leads, _summary.Errors);
            });
        }
        finally
        {
            foreach (var slice in slices)
            {
                slice.Dispose();
            }
        }

        progress?.Finish(_summary.Leads, _summary.Errors);
        return _summary;
    }

    /// <summary>Parses, assesses and formats lines <paramref name="start"/> to <paramref name="end"/> of the chunk into <paramref name="output"/>, on one thread, so each lead dies young.</summary>
    private void Score(LeadChunk chunk, int start, int end, IRowWriter rows, ByteBuffer output)
    {
        output.Clear();
        for (var i = start; i < end; i++)
        {
            var line = chunk.Parse(i);
            if (line.IsBlank)
            {
                // A blank line (a trailing newline, a separator) holds no lead: skipped, and counted.
                _summary.AddBlank();
                continue;
            }

            var assessment = line.Lead is null ? null : _scorer.Assess(line.Lead, _asOf);
            _summary.Add(line.Lead, assessment);
            if (assessment is null)
            {
                rows.ErrorRow(line, output);
            }
            else
            {
                rows.Row(assessment, line, output);
            }
        }
    }
}
