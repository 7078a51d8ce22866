using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>Leads and converted leads per slot (a temperature, an owner, a rule). Not thread-safe.</summary>
internal sealed class ConversionTally
{
    private readonly long[] _leads;
    private readonly long[] _converted;

    public ConversionTally(int slots)
    {
        _leads = new long[slots];
        _converted = new long[slots];
    }

    public void Add(int slot, bool converted)
    {
        _leads[slot]++;
        _converted[slot] += converted ? 1 : 0;
    }

    public long Leads(int slot) => _leads[slot];

    /// <summary>The slot's conversion with its Wilson interval.</summary>
    public Rate Rate(int slot) => WilsonInterval.Of(_converted[slot], _leads[slot]);

    /// <summary>The slot's conversion among the leads of <paramref name="all"/> that are not in the slot.</summary>
    public Rate RateOutside(int slot, Rate all) => WilsonInterval.Of(all.Hits - _converted[slot], all.Of - _leads[slot]);

    /// <summary>One segment per slot, named by <paramref name="names"/>, with share of and lift over <paramref name="all"/>.</summary>
    public IReadOnlyList<Segment> Segments(IReadOnlyList<string> names, Rate all) => Array.AsReadOnly(names
        .Select((name, slot) =>
        {
            var rate = Rate(slot);
            var share = all.Of == 0 ? double.NaN : (double)_leads[slot] / all.Of;
            return new Segment(name, _leads[slot], share, rate, Lift.Of(rate, all));
        })
        .ToArray());
}
