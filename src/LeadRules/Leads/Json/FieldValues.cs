using System;
using System.Text.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads.Json;

/// <summary>
/// Reads one field's value of a contact point or a strategy use. Each takes the item's place (section, index, field)
/// rather than a path, and builds the path only when the value is wrong.
/// </summary>
internal static class FieldValues
{
    /// <summary>A string or null; anything else sets <paramref name="error"/> (when it is still unset) and is skipped.</summary>
    public static string? Text(ref Utf8JsonReader reader, ref string? error, string section, int index, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return Utf8Strings.Read(ref reader);
            case JsonTokenType.Null:
                return null;
            default:
                var kind = DescribeAndSkip(ref reader);
                error ??= $"{section}[{index}].{field}: must be a string, not {kind}.";
                return null;
        }
    }

    /// <summary>A whole number from 0 to <see cref="Limits.CountPerContactPoint"/>, or null for 1.</summary>
    public static int Count(ref Utf8JsonReader reader, ref string? error, int index)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return 1;
        }

        if (reader.TokenType != JsonTokenType.Number || !IsWhole(ref reader))
        {
            var kind = DescribeAndSkip(ref reader);
            error ??= $"contactPoints[{index}].count: must be a whole number of 0 or more, not {kind}.";
            return 1;
        }

        if (reader.TryGetInt64(out var value) && value is >= 0 and <= Limits.CountPerContactPoint)
        {
            return (int)value;
        }

        error ??= $"contactPoints[{index}].count: {Formatting.Shorten(RawText(ref reader))} is out of range; a count is a whole number from 0 to {Limits.CountPerContactPoint:N0}.";
        return 1;
    }

    /// <summary>
    /// The time of an item's <c>at</c>: the common shape <c>yyyy-MM-ddTHH:mm:ssZ</c> straight from its bytes, any other
    /// value as <see cref="Text"/> and <see cref="Time"/> read it.
    /// </summary>
    public static DateTimeOffset? At(ref Utf8JsonReader reader, ref string? error, string section, int index)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && IsoTime.TryParseUtcSeconds(reader.ValueSpan, out var time))
        {
            return time;
        }

        return Time(Text(ref reader, ref error, section, index, "at"), ref error, section, index);
    }

    /// <summary>The time in <paramref name="text"/>, or <see langword="null"/> when there is none or it is not ISO-8601 (then <paramref name="error"/> says so).</summary>
    public static DateTimeOffset? Time(string? text, ref string? error, string section, int index)
    {
        if (text is null || error is not null)
        {
            return null;
        }

        if (IsoTime.TryParse(text, out var time))
        {
            return time;
        }

        error = $"{section}[{index}].at: '{Formatting.Shorten(text)}' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.";
        return null;
    }

    /// <summary>The consent state of <c>true</c>, <c>false</c> or <c>null</c>; anything else sets <paramref name="error"/>.</summary>
    public static ConsentState Consent(ref Utf8JsonReader reader, ref string? error, string channel)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return ConsentState.Granted;
            case JsonTokenType.False:
                return ConsentState.Denied;
            case JsonTokenType.Null:
                return ConsentState.Unknown;
            default:
                var kind = DescribeAndSkip(ref reader);
                error ??= $"consent.{channel}: must be true, false or null (unknown), not {kind}.";
                return ConsentState.Unknown;
        }
    }
}
