using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary>
/// Streams leads to CSV (or NDJSON) in chunks: the next chunk is read while the current one is cut into slices, one run
/// of lines each, that are parsed, assessed and formatted into UTF-8 across cores, each slice into its own buffer; the
/// buffers are then written in order, so rows come out in input order, while the chunk after is scored into a second set
/// of buffers. Memory stays bounded by two chunks (see <see cref="LeadSource.ChunkBytes"/>) and the rows of two.
/// </summary>
internal sealed class ScorePipeline
{
    /// <summary>
    /// Slices per core in a chunk: enough that the cores finish a chunk close together, as the last slice taken is short.
    /// </summary>
    private const int SlicesPerCore = 16;

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
        var sets = new[] { NewSlices(), NewSlices() };
        var next = 0;
        Task? writing = null;
        try
        {
            source.ForEachChunk(chunk =>
            {
                var slices = sets[next];
                next ^= 1;
                var size = (chunk.Count + slices.Length - 1) / slices.Length;
                var count = (chunk.Count + size - 1) / size;
                Parallel.For(0, count, slice => Score(chunk, slice * size, Math.Min(chunk.Count, (slice + 1) * size), rows, slices[slice]));
                progress?.Update(_summary.Leads, _summary.Errors);

                // The chunk before is written out before this one, whose buffers the chunk after leaves alone.
                writing?.GetAwaiter().GetResult();
                writing = Task.Run(() => Write(slices, count, output));
            });

            writing?.GetAwaiter().GetResult();
        }
        finally
        {
            AwaitQuietly(writing);
            foreach (var slice in sets.SelectMany(set => set))
            {
                slice.Dispose();
            }
        }

        progress?.Finish(_summary.Leads, _summary.Errors);
        return _summary;
    }

    private static ByteBuffer[] NewSlices() => Enumerable.Range(0, Environment.ProcessorCount * SlicesPerCore).Select(_ => new ByteBuffer()).ToArray();

    private static void Write(ByteBuffer[] slices, int count, Stream output)
    {
        for (var slice = 0; slice < count; slice++)
        {
            output.Write(slices[slice].Written);
        }
    }

    /// <summary>
    /// Waits for a write still under way when scoring failed, so that no buffer goes back to the pool while it is
    /// written; the scoring failure is the one reported, and a write that failed first was reported already.
    /// </summary>
    private static void AwaitQuietly(Task? writing)
    {
        try
        {
            writing?.Wait();
        }
        catch (AggregateException)
        {
        }
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
