using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Expressions;

/// <summary>
/// The (contact-point type, half-life) pairs that scoring rules fade by, fixed when the rule set loads, so a
/// lead's decayed weights are summed in the one pass that aggregates its contact points.
/// </summary>
internal sealed class DecayPlan
{
    private const double Ln2 = 0.6931471805599453;

    private readonly List<(int Type, double HalfLifeDays)> _slots = new();

    public int SlotCount => _slots.Count;

    /// <summary>Per slot, <c>ln 2 / halfLifeDays</c>: the weight of an occurrence <c>d</c> days old is <c>exp(-d * rate)</c>.</summary>
    public double[] Rates { get; private set; } = System.Array.Empty<double>();

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

    /// <summary>How much an occurrence <paramref name="ageDays"/> old still weighs: <c>0.5^(ageDays / halfLifeDays)</c>.</summary>
    public static double Weight(double ageDays, double halfLifeDays) => System.Math.Exp(-ageDays * (Ln2 / halfLifeDays));

    public void Seal(int typeCount)
    {
        Rates = _slots.Select(s => Ln2 / s.HalfLifeDays).ToArray();
        // One pass over the slots, not one per type: a vocabulary may hold many thousand types.
        var byType = Enumerable.Range(0, _slots.Count).ToLookup(s => _slots[s].Type);
        SlotsByType = Enumerable.Range(0, typeCount).Select(t => byType.Contains(t) ? byType[t].ToArray() : System.Array.Empty<int>()).ToArray();
    }
}
