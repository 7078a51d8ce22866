using System;
using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>One entry of a mapping's <c>Attributes</c>: a column read as a lead attribute.</summary>
internal sealed class AttributeSource
{
    public AttributeSource(string column, string name, AttributeKind kind, string? format, IEnumerable<string> trueValues, IEnumerable<string> falseValues)
    {
        Column = column;
        Name = name;
        Kind = kind;
        Format = format;
        True = new HashSet<string>(trueValues, StringComparer.OrdinalIgnoreCase);
        False = new HashSet<string>(falseValues, StringComparer.OrdinalIgnoreCase);
    }

    public string Column { get; }

    /// <summary>The attribute's name in the lead.</summary>
    public string Name { get; }

    public AttributeKind Kind { get; }

    /// <summary>The exact .NET format of a date attribute, or <see langword="null"/> for ISO-8601.</summary>
    public string? Format { get; }

    /// <summary>The values of a boolean attribute that mean true, matched ignoring case.</summary>
    public HashSet<string> True { get; }

    /// <summary>The values of a boolean attribute that mean false, matched ignoring case.</summary>
    public HashSet<string> False { get; }
}
