using System;
using System.Globalization;

namespace LeadRules.Leads;

/// <summary>Parses ISO-8601 times (<c>2026-11-01</c>, <c>2026-11-01T09:30:00Z</c>, with an offset or without one, meaning UTC).</summary>
public static class IsoTime
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    };

    /// <summary>Reads <paramref name="text"/> as an ISO-8601 date or time; a time without an offset is UTC.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
