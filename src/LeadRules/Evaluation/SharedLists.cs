using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace LeadRules.Evaluation;

/// <summary>
/// Read-only lists that depend only on which of the first 64 rules held, built once per combination and shared by
/// every assessment that has it, so reading results allocates nothing once a combination has been seen. At most
/// <see cref="MaxLists"/> combinations are kept; past that, each read builds its own list.
/// </summary>
/// <typeparam name="T">The immutable items: reasons or recommendations.</typeparam>
internal sealed class SharedLists<T>
{
    /// <summary>The most combinations kept.</summary>
    public const int MaxLists = 4096;

    private readonly ConcurrentDictionary<ulong, IReadOnlyList<T>> _lists = new();

    /// <summary>The lists kept, counted apart: <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock of the dictionary.</summary>
    private int _kept;

    /// <summary>The list kept for <paramref name="key"/>, if any.</summary>
    public bool TryGet(ulong key, out IReadOnlyList<T> list) => _lists.TryGetValue(key, out list!);

    /// <summary>Keeps <paramref name="items"/> as the list for <paramref name="key"/> while there is room; returns the list to hand out.</summary>
    public IReadOnlyList<T> Keep(ulong key, T[] items)
    {
        var list = new ReadOnlyCollection<T>(items);
        if (Volatile.Read(ref _kept) >= MaxLists)
        {
            return list;
        }

        var kept = _lists.GetOrAdd(key, list);
        if (ReferenceEquals(kept, list))
        {
            Interlocked.Increment(ref _kept);
        }

        return kept;
    }
}
