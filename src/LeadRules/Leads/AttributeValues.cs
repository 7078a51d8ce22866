using System;
using System.Collections.Generic;
using LeadRules.Leads.Mapping;

namespace LeadRules.Leads;

/// <summary>
/// Turns the attribute values a CRM hands over into the two kinds rules read: text and numbers. Booleans become
/// <c>"true"</c>/<c>"false"</c> and dates ISO-8601 UTC text, as a mapping's boolean and date columns do; null means no attribute.
/// </summary>
internal static class AttributeValues
{
    /// <summary>A copy of <paramref name="attributes"/> with every value normalised, or <see langword="null"/> when none is left.</summary>
    public static Dictionary<string, object>? Normalize(IReadOnlyDictionary<string, object?> attributes)
    {
        var normalized = new Dictionary<string, object>(attributes.Count, StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            if (Normalize(attribute.Value) is { } value)
            {
                normalized.Add(attribute.Key, value);
            }
        }

        return normalized.Count == 0 ? null : normalized;
    }

    /// <summary>The value as rules see it; anything but the accepted types is kept as it is, for the lead check to name.</summary>
    private static object? Normalize(object? value) => value switch
    {
        null => null,
        bool flag => flag ? Cells.True : Cells.False,
        DateTimeOffset time => Cells.Iso(time),
        DateTime { Kind: DateTimeKind.Local } time => Cells.Iso(new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero)),
        DateTime time => Cells.Iso(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero)),
        _ => value,
    };
}
