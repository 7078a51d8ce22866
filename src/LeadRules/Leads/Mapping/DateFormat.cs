using System;
using System.Globalization;
using LeadRules.Rules.Reading;

namespace LeadRules.Leads.Mapping;

/// <summary>Date formats in mapping files: checked when the mapping loads, then used to read cells.</summary>
internal static class DateFormat
{
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
    private static readonly DateTime Sample = new(2026, 11, 23, 13, 45, 56, DateTimeKind.Utc);

    /// <summary>Reads an optional <c>Format</c>, refusing one that cannot write and read back a date.</summary>
    public static string? Read(JsonObjectReader fields, string prefix)
    {
        var format = fields.String("Format", required: false);
        if (format is null)
        {
            return null;
        }

        var reason = Check(format);
        if (reason is not null)
        {
            fields.Problem(fields.Property("Format"), $"'{prefix}Format' \"{Formatting.Shorten(format)}\" is not a usable date format: {reason} Use a .NET custom format such as yyyy-MM-dd HH:mm:ss.");
            return null;
        }

        return format;
    }

    /// <summary>Reads a cell as a time: ISO-8601 without a format, else exactly in it; UTC when the text has no offset.</summary>
    public static bool TryParse(string text, string? format, out DateTimeOffset time) =>
        format is null
            ? IsoTime.TryParse(text, out time)
            : DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, Utc, out time);

    /// <summary>The message for a cell that is not a time.</summary>
    public static string Expected(string? format) =>
        format is null ? "an ISO-8601 time such as 2026-11-01T09:30:00Z" : "a time in the format " + format;

    private static string? Check(string format)
    {
        if (format.IndexOf('y') < 0 || format.IndexOf('M') < 0 || format.IndexOf('d') < 0)
        {
            return "it needs the year (yyyy), the month (MM) and the day (dd).";
        }

        string text;
        try
        {
            text = Sample.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return "it is not a valid .NET date format string.";
        }

        return DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, Utc, out var back) && back.Date == Sample.Date
            ? null
            : $"a date written in it (\"{Formatting.Shorten(text)}\") cannot be read back.";
    }
}
