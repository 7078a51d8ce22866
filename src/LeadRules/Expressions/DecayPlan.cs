using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Expressions;

/// <summary>
/// The (contact-point type, half-life) pairs that scoring rules fade by, fixed when the rule set loads, so a
/// lead's decayed weights are summed in the one pass that aggregates its contact points.
/// </summary>
internal sealed class DecayPlan
{
    private readonly List<(int Type, double HalfLifeDays)> _slots = new();

    public int SlotCount => _slots.Count;

    public (int Type, double HalfLifeDays) this[int slot] => _slots[slot];

    /// <summary>For each type index, the slots that fade it.</summary>
    public int[][] SlotsByType { get; private set; } = System.Array.Empty<int[]>();

    public int SlotFor(int type, double halfLifeDays)
    {
        var existing = _slots.FindIndex(s => s.Type == type && s.HalfLifeDays.Equals(halfLifeDays));
        if (existing >= 0)
        {
            return existing;
        }

        _slots.Add((type, halfLifeDays));
        return _slots.Count - 1;
    }

    public void Seal(int typeCount)
    {
        SlotsByType = Enumerable.Range(0, typeCount)
            .Select(t => Enumerable.Range(0, _slots.Count).Where(s => _slots[s].Type == t).ToArray())
            .ToArray();
    }
}
