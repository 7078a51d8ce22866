using System.Threading;

namespace LeadRules.Evaluation;

/// <summary>
/// Lists that depend only on which of the first 64 rules held, built once per combination and shared by the
/// assessments that have it, so reading results seldom builds one. The arrays are never written after they are kept:
/// assessments hand them out as immutable arrays. A fixed table of <see cref="Slots"/> entries,
/// one combination per entry: a combination that lands on a taken entry replaces it, so memory stays bounded however
/// many combinations a run meets. Entries are immutable, so threads that race on one entry each read a whole one.
/// </summary>
/// <typeparam name="T">The immutable items: reasons or recommendations.</typeparam>
internal sealed class SharedLists<T>
{
    /// <summary>The number of entries, each holding at most one combination's list.</summary>
    public const int Slots = 1 << SlotBits;

    private const int SlotBits = 12;

    private readonly Entry?[] _entries = new Entry?[Slots];

    /// <summary>The list kept for <paramref name="key"/>, if any.</summary>
    public bool TryGet(ulong key, out T[] list)
    {
        var entry = Volatile.Read(ref _entries[Slot(key)]);
        if (entry is not null && entry.Key == key)
        {
            list = entry.List;
            return true;
        }

        list = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="items"/> as the list for <paramref name="key"/>, in place of any list in its entry; returns the list to hand out.</summary>
    public T[] Keep(ulong key, T[] items)
    {
        var entry = new Entry(key, items);
        Volatile.Write(ref _entries[Slot(key)], entry);
        return entry.List;
    }

    private static int Slot(ulong key) => BitMath.Slot(key, SlotBits);

    private sealed class Entry
    {
        public Entry(ulong key, T[] list)
        {
            Key = key;
            List = list;
        }

        public ulong Key { get; }

        public T[] List { get; }
    }
}
