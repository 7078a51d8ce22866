using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Diff.Tallies;

/// <summary>The temperature transition matrix and the hand-offs between marketing and sales. Not thread-safe.</summary>
internal sealed class TransitionTally
{
    private static readonly string[] TemperatureNames = { "cold", "warm", "qualified" };

    private readonly long[] _cells = new long[9];

    /// <summary>How many leads went from marketing to sales.</summary>
    public long ToSales { get; private set; }

    /// <summary>How many leads went from sales to marketing.</summary>
    public long ToMarketing { get; private set; }

    /// <summary>How many leads were counted.</summary>
    public long Leads => _cells.Sum();

    /// <summary>The name of a temperature, as the result writes it.</summary>
    public static string Name(Temperature temperature) => TemperatureNames[(int)temperature];

    /// <summary>Counts one lead: its temperature and owner under the rule set compared against, then under the new one.</summary>
    public void Add(Temperature from, Temperature to, Owner fromOwner, Owner toOwner)
    {
        _cells[((int)from * 3) + (int)to]++;
        ToSales += fromOwner == Owner.Marketing && toOwner == Owner.Sales ? 1 : 0;
        ToMarketing += fromOwner == Owner.Sales && toOwner == Owner.Marketing ? 1 : 0;
    }

    /// <summary>The nine cells, row by row from <c>cold</c> under the rule set compared against.</summary>
    public IReadOnlyList<TemperatureTransition> Transitions() => Array.AsReadOnly(Enumerable.Range(0, 9)
        .Select(cell => new TemperatureTransition(TemperatureNames[cell / 3], TemperatureNames[cell % 3], _cells[cell]))
        .ToArray());
}
