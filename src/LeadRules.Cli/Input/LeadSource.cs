using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Input;

/// <summary>
/// Where the command line's leads come from, a chunk at a time: chunks are read on one thread (in input order) while the
/// previous chunk is parsed and scored across cores, so each item is parsed on the thread that scores it.
/// </summary>
internal abstract class LeadSource : IDisposable
{
    /// <summary>The mapping a CSV export is read through; <see langword="null"/> for NDJSON.</summary>
    public virtual LeadMapping? Mapping => null;

    /// <summary>Reads up to <paramref name="size"/> more items; an empty chunk at the end of the input.</summary>
    public abstract LeadChunk ReadChunk(int size);

    /// <summary>
    /// Hands every chunk of up to <paramref name="size"/> items to <paramref name="process"/>, in input order, reading
    /// the next chunk while <paramref name="process"/> works on the current one: memory holds two chunks at most.
    /// </summary>
    public void ForEachChunk(int size, Action<LeadChunk> process)
    {
        var next = Task.Run(() => ReadChunk(size));
        while (true)
        {
            var chunk = next.GetAwaiter().GetResult();
            if (chunk.Count == 0)
            {
                return;
            }

            next = Task.Run(() => ReadChunk(size));
            process(chunk);
        }
    }

    /// <summary>
    /// Parses and assesses every item across cores, chunk by chunk, handing each line and its assessment (null when the
    /// line held no lead) to <paramref name="each"/> on the thread that scored it, then calls <paramref name="afterChunk"/>.
    /// </summary>
    public void AssessEach(LeadScorer scorer, DateTimeOffset asOf, Action<LeadLine, Assessment?> each, Action afterChunk)
    {
        ForEachChunk(8192, chunk =>
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

/// <summary>A chunk of input items, each parsed into its <see cref="LeadLine"/> on demand from any thread.</summary>
internal abstract class LeadChunk
{
    public abstract int Count { get; }

    /// <summary>Parses item <paramref name="index"/>; called once per item, from any thread.</summary>
    public abstract LeadLine Parse(int index);
}
