using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Input;

/// <summary>
/// Where the command line's leads come from, a chunk at a time: chunks are read on one thread (in input order) while the
/// previous chunk is parsed and scored across cores, so each item is parsed on the thread that scores it. A chunk closes
/// at <see cref="ChunkLines"/> lines or rows, or once its text reaches <see cref="ChunkChars"/> characters (CSV) or
/// <see cref="ChunkBytes"/> bytes (NDJSON), whichever comes first, so the input held at once is bounded in bytes whatever
/// the line lengths.
/// </summary>
internal abstract class LeadSource : IDisposable
{
    /// <summary>The most lines or rows in one chunk.</summary>
    public const int ChunkLines = 8192;

    /// <summary>
    /// The characters of input text after which a chunk closes (8 MB as .NET strings); a chunk may pass it by the one line
    /// that reaches it, at most <see cref="Limits.LineLength"/> characters.
    /// </summary>
    public const int ChunkChars = 4 * 1024 * 1024;

    /// <summary>
    /// The bytes of NDJSON input after which a chunk closes: 4 MB, as many lines as <see cref="ChunkChars"/> holds of
    /// ASCII text, since the leads parsed from a chunk's lines take as much again; a chunk may pass it by the one line
    /// that reaches it, at most <see cref="NdjsonChunk.KeptBytes"/>.
    /// </summary>
    public const int ChunkBytes = ChunkChars;

    /// <summary>The mapping a CSV export is read through; <see langword="null"/> for NDJSON.</summary>
    public virtual LeadMapping? Mapping => null;

    /// <summary>Reads the next chunk (see <see cref="ChunkLines"/>, <see cref="ChunkChars"/> and <see cref="ChunkBytes"/>); an empty chunk at the end of the input.</summary>
    public abstract LeadChunk ReadChunk();

    /// <summary>
    /// Hands every chunk to <paramref name="process"/>, in input order, reading the next chunk while
    /// <paramref name="process"/> works on the current one: memory holds two chunks at most.
    /// </summary>
    public void ForEachChunk(Action<LeadChunk> process)
    {
        var next = Task.Run(ReadChunk);
        while (true)
        {
            using var chunk = next.GetAwaiter().GetResult();
            if (chunk.Count == 0)
            {
                return;
            }

            next = Task.Run(ReadChunk);
            process(chunk);
        }
    }

    /// <summary>
    /// Parses and assesses every item across cores, chunk by chunk, handing each line and its assessment (null when the
    /// line held no lead) to <paramref name="each"/> on the thread that scored it, then calls <paramref name="afterChunk"/>.
    /// </summary>
    public void AssessEach(LeadScorer scorer, DateTimeOffset asOf, Action<LeadLine, Assessment?> each, Action afterChunk)
    {
        ForEachChunk(chunk =>
        {
            var parsed = new LeadLine?[chunk.Count];
            scorer.AssessItemsParallel(
                Enumerable.Range(0, chunk.Count).ToArray(),
                i => (parsed[i] = chunk.Parse(i)).Lead,
                (i, assessment) =>
                {
                    each(parsed[i]!, assessment);
                    parsed[i] = null;
                    return 0;
                },
                asOf,
                new Batch.BatchOptions { ChunkSize = chunk.Count + 1 });
            afterChunk();
        });
    }

    /// <summary>Prints what the source counted while reading (unmapped values and the like) to <paramref name="output"/>.</summary>
    public virtual void PrintSummary(TextWriter output)
    {
    }

    /// <inheritdoc/>
    public abstract void Dispose();
}

/// <summary>A chunk of input items, each parsed into its <see cref="LeadLine"/> on demand from any thread; disposed once processed.</summary>
internal abstract class LeadChunk : IDisposable
{
    public abstract int Count { get; }

    /// <summary>Parses item <paramref name="index"/>; called once per item, from any thread.</summary>
    public abstract LeadLine Parse(int index);

    /// <summary>Gives back what the chunk holds (pooled buffers); the chunk is not used after.</summary>
    public virtual void Dispose()
    {
    }
}
