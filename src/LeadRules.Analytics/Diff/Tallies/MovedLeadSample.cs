using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Diff.Tallies;

/// <summary>
/// The first leads, by input position, whose temperature changed: whatever order they arrive in from the threads that
/// scored them, the same input keeps the same leads. Not thread-safe.
/// </summary>
internal sealed class MovedLeadSample
{
    private readonly int _size;
    private readonly SortedList<long, MovedLead> _kept = new();

    public MovedLeadSample(int size) => _size = size;

    /// <summary>Whether a lead at <paramref name="position"/> would be kept: there is room, or it comes before the last one kept.</summary>
    public bool Wants(long position) => _size > 0 && (_kept.Count < _size || position < _kept.Keys[_kept.Count - 1]);

    /// <summary>Keeps <paramref name="lead"/> if it is among the first, dropping the last one kept when full.</summary>
    public void Add(MovedLead lead)
    {
        if (!Wants(lead.Position) || _kept.ContainsKey(lead.Position))
        {
            return;
        }

        _kept.Add(lead.Position, lead);
        if (_kept.Count > _size)
        {
            _kept.RemoveAt(_kept.Count - 1);
        }
    }

    /// <summary>The leads kept, in input order.</summary>
    public IReadOnlyList<MovedLead> Leads() => Array.AsReadOnly(_kept.Values.ToArray());
}
