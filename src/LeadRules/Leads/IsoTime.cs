using System;
using System.Globalization;

namespace LeadRules.Leads;

/// <summary>
/// Parses ISO-8601 times: <c>2026-11-01</c>, <c>2026-11-01T09:30:00Z</c>, with an offset or without one (meaning UTC),
/// fractions of a second of up to 7 digits, the basic format (<c>20261101T093000Z</c>, <c>20261101</c>) and
/// <c>2026-11-01 09:30:00</c> (a space for the T, UTC).
/// </summary>
public static class IsoTime
{
    private const int UtcSecondsLength = 20;

    private static readonly string[] Formats =
    {
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyyMMdd", "yyyyMMdd'T'HHmm", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmmss.FFFFFFF",
        "yyyyMMdd'T'HHmmK", "yyyyMMdd'T'HHmmssK", "yyyyMMdd'T'HHmmss.FFFFFFFK",
    };

    /// <summary>Reads <paramref name="text"/> as an ISO-8601 date or time; a time without an offset is UTC.</summary>
    /// <param name="text">The text, such as <c>2026-11-01T09:30:00Z</c>; <see langword="null"/> fails.</param>
    /// <param name="time">The time read, or the default value when the text is not a time.</param>
    /// <returns>Whether <paramref name="text"/> is a time in one of the accepted forms.</returns>
    public static bool TryParse(string? text, out DateTimeOffset time) =>
        (text is not null && TryParseUtcSeconds(text.AsSpan(), out time))
        || DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    /// <summary>The common shape <c>yyyy-MM-ddTHH:mm:ssZ</c> from its UTF-8 bytes, read without decoding them; any other text fails.</summary>
    internal static bool TryParseUtcSeconds(ReadOnlySpan<byte> utf8, out DateTimeOffset time)
    {
        time = default;
        if (utf8.Length != UtcSecondsLength)
        {
            return false;
        }

        Span<char> text = stackalloc char[UtcSecondsLength];
        for (var i = 0; i < UtcSecondsLength; i++)
        {
            text[i] = (char)utf8[i];
        }

        return TryParseUtcSeconds(text, out time);
    }

    /// <summary>The common shape <c>yyyy-MM-ddTHH:mm:ssZ</c>, read without the general parser.</summary>
    private static bool TryParseUtcSeconds(ReadOnlySpan<char> s, out DateTimeOffset time)
    {
        time = default;
        if (s.Length != UtcSecondsLength || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        {
            return false;
        }

        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        if (!Digits(s, 0, 4, ref year) || !Digits(s, 5, 2, ref month) || !Digits(s, 8, 2, ref day)
            || !Digits(s, 11, 2, ref hour) || !Digits(s, 14, 2, ref minute) || !Digits(s, 17, 2, ref second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int length, ref int value)
    {
        for (var i = start; i < start + length; i++)
        {
            var digit = s[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
