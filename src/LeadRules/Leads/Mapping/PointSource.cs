using System;
using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>One entry of a mapping's <c>ContactPoints</c>: a column and how its values become contact points.</summary>
internal sealed class PointSource
{
    public PointSource(PointKind kind, string column, string? type, Dictionary<string, string> values, IEnumerable<string> none, TimeRule time)
    {
        Kind = kind;
        Column = column;
        Type = type;
        Values = values;
        None = new HashSet<string>(none, StringComparer.Ordinal);
        Time = time;
    }

    public PointKind Kind { get; }

    public string Column { get; }

    /// <summary>The one type of a <see cref="PointKind.Count"/> or <see cref="PointKind.YesNo"/> source.</summary>
    public string? Type { get; }

    /// <summary>Value to type: a categorical source's <c>Values</c>, or a yes/no source's <c>Yes</c> values mapped to its type.</summary>
    public Dictionary<string, string> Values { get; }

    /// <summary>The values that mean no contact point: <c>Ignore</c>, or a yes/no source's <c>No</c>.</summary>
    public HashSet<string> None { get; }

    public TimeRule Time { get; }
}
