using System;

namespace LeadRules.Evaluation;

/// <summary>
/// Reasons of the rules whose points vary from lead to lead (decay, caps), kept per rule for the last point values
/// seen, so that reading a lead's reasons seldom builds one: points are rounded to two decimals, so each rule gives few
/// distinct values. Reasons are immutable; two threads that miss the same slot at once each keep theirs, harmlessly.
/// </summary>
internal sealed class ReasonCache
{
    private const int SlotBits = 6;

    private readonly string[] _names;
    private readonly Reason?[][] _slots;

    /// <param name="names">The scoring rules' names, in order.</param>
    /// <param name="varies">Which of them give points that vary; only those get slots.</param>
    public ReasonCache(string[] names, Func<int, bool> varies)
    {
        _names = names;
        _slots = new Reason?[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            _slots[i] = varies(i) ? new Reason?[1 << SlotBits] : Array.Empty<Reason?>();
        }
    }

    /// <summary>The reason of scoring rule <paramref name="rule"/> giving <paramref name="points"/>.</summary>
    public Reason Get(int rule, double points)
    {
        var bits = BitConverter.DoubleToInt64Bits(points);
        var slots = _slots[rule];
        ref var slot = ref slots[(int)(((ulong)bits * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits))];
        var reason = slot;
        if (reason is not null && BitConverter.DoubleToInt64Bits(reason.Points) == bits)
        {
            return reason;
        }

        reason = new Reason(_names[rule], points);
        slot = reason;
        return reason;
    }
}
