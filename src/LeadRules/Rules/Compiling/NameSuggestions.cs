using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// The "did you mean" search for a misspelt contact-point type: the first known name at the fewest edits, at most
/// <see cref="MaxDistance"/>. Its work is bounded whatever the rule file: names longer than
/// <see cref="MaxNameLength"/> get no suggestion, only known names within <see cref="MaxDistance"/> characters of
/// the name's length are compared, each comparison is a Levenshtein band that stops as soon as the distance must
/// pass the best so far, a name is searched once, and once <see cref="CellBudget"/> cells are spent the remaining
/// names get no suggestion.
/// </summary>
internal sealed class NameSuggestions
{
    public const int MaxDistance = 3;
    public const int MaxNameLength = 64;
    public const long CellBudget = 4_000_000;

    private readonly Dictionary<string, string?> _searched = new(StringComparer.Ordinal);
    private Dictionary<int, List<int>>? _byLength;
    private int[] _previous = new int[MaxNameLength + MaxDistance + 2];
    private int[] _current = new int[MaxNameLength + MaxDistance + 2];

    /// <summary>How many Levenshtein cells every search so far has computed; never more than <see cref="CellBudget"/> plus one comparison.</summary>
    public long Cells { get; private set; }

    /// <summary>The known name closest to <paramref name="name"/>, or <see langword="null"/> when none is within <see cref="MaxDistance"/> edits.</summary>
    public string? Closest(string name, IReadOnlyList<string> known)
    {
        if (name.Length > MaxNameLength)
        {
            return null;
        }

        if (_searched.TryGetValue(name, out var found) || Cells >= CellBudget)
        {
            return found;
        }

        string? best = null;
        var limit = MaxDistance;
        foreach (var candidate in Near(name.Length, known))
        {
            if (Cells >= CellBudget || limit < 0)
            {
                break;
            }

            var distance = Distance(name, candidate, limit);
            if (distance <= limit)
            {
                (best, limit) = (candidate, distance - 1);
            }
        }

        _searched[name] = best;
        return best;
    }

    /// <summary>The known names within <see cref="MaxDistance"/> characters of <paramref name="length"/>, in vocabulary order (a merge of the lengths' lists).</summary>
    private IEnumerable<string> Near(int length, IReadOnlyList<string> known)
    {
        _byLength ??= Enumerable.Range(0, known.Count).Where(i => known[i].Length <= MaxNameLength + MaxDistance)
            .GroupBy(i => known[i].Length).ToDictionary(g => g.Key, g => g.ToList());
        var lists = Enumerable.Range(length - MaxDistance, (2 * MaxDistance) + 1)
            .Select(l => _byLength.TryGetValue(l, out var list) ? list : null).OfType<List<int>>().ToList();
        var next = new int[lists.Count];
        while (true)
        {
            var pick = -1;
            for (var l = 0; l < lists.Count; l++)
            {
                if (next[l] < lists[l].Count && (pick < 0 || lists[l][next[l]] < lists[pick][next[pick]]))
                {
                    pick = l;
                }
            }

            if (pick < 0)
            {
                yield break;
            }

            yield return known[lists[pick][next[pick]++]];
        }
    }

    /// <summary>The Levenshtein distance of <paramref name="a"/> and <paramref name="b"/> when at most <paramref name="limit"/>, else <c>limit + 1</c>.</summary>
    private int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var (previous, current) = (_previous, _current);
        for (var j = 0; j <= b.Length + 1; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[from - 1] = from == 1 ? i : limit + 1;
            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, substitution);
                rowMin = Math.Min(rowMin, current[j]);
            }

            current[to + 1] = limit + 1;
            Cells += to - from + 1;
            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
