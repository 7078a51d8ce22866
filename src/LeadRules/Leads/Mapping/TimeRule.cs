using System;
using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>How a contact-point source is dated: undated, a date column, an age column or a fixed age.</summary>
internal sealed class TimeRule
{
    /// <summary>The oldest age in days a mapping or an age column may give (100 years).</summary>
    public const double MaxAgeDays = 36_500;

    public static readonly TimeRule Undated = new(TimeKind.Undated, null, null, null, 0);

    public TimeRule(TimeKind kind, string? column, string? format, IEnumerable<string>? missing, double ageDays)
    {
        Kind = kind;
        Column = column;
        Format = format;
        Missing = new HashSet<string>(missing ?? Array.Empty<string>(), StringComparer.Ordinal);
        AgeDays = ageDays;
    }

    public TimeKind Kind { get; }

    /// <summary>The date or age column, for <see cref="TimeKind.DateColumn"/> and <see cref="TimeKind.AgeDaysColumn"/>.</summary>
    public string? Column { get; }

    /// <summary>The exact .NET format of a date column, or <see langword="null"/> for ISO-8601.</summary>
    public string? Format { get; }

    /// <summary>The values of an age column that mean undated (an empty cell always does).</summary>
    public HashSet<string> Missing { get; }

    /// <summary>The fixed age, for <see cref="TimeKind.FixedAge"/>.</summary>
    public double AgeDays { get; }
}
