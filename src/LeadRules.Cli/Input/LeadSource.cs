using LeadRules.Leads;

namespace LeadRules.Cli.Input;

/// <summary>
/// Where the command line's leads come from, a chunk at a time: chunks are read on one thread (in input order) while the
/// previous chunk is parsed and scored across cores, so each item is parsed on the thread that scores it.
/// </summary>
internal abstract class LeadSource : IDisposable
{
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
