using System.Collections;
using System.Collections.Generic;

namespace LeadRules.Evaluation;

/// <summary>
/// A read-only list over an array that callers cannot cast back to the array: every reasons and recommendations list an
/// assessment hands out, shared or not, so that a host's <c>foreach</c> meets one type. Its enumerator is a small sealed
/// class, which the JIT can keep off the heap in a loop whose profile it has.
/// </summary>
/// <typeparam name="T">The immutable items.</typeparam>
internal sealed class ReadOnlyArray<T> : IReadOnlyList<T>
{
    private readonly T[] _items;

    /// <summary>The empty list.</summary>
    public static readonly ReadOnlyArray<T> Empty = new(System.Array.Empty<T>());

    public ReadOnlyArray(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => new Enumerator(_items);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index = -1;

        public Enumerator(T[] items) => _items = items;

        public T Current => _items[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _items.Length;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
