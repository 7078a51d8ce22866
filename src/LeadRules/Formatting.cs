using System;
using System.Globalization;

namespace LeadRules;

/// <summary>Rounding and text shaping shared by every output and message, so both engines print the same bytes.</summary>
internal static class Formatting
{
    /// <summary>Rounds to two decimals, half away from zero; never gives negative zero.</summary>
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0;

    /// <summary>Room for any number <see cref="FormatNumber"/> writes: up to 309 digits, a sign and two decimals.</summary>
    public const int NumberRoom = 320;

    /// <summary>Below this size, a number rounded to two decimals is held exactly as whole hundredths in 15 digits.</summary>
    private const double ExactHundredths = 1e13;

    /// <summary>The value rounded to two decimals and written as <c>0.##</c> writes it, in the invariant culture.</summary>
    public static string Number(double value)
    {
        Span<char> text = stackalloc char[NumberRoom];
        return text.Slice(0, FormatNumber(value, text)).ToString();
    }

    /// <summary>
    /// Writes <paramref name="value"/> rounded to two decimals as <c>0.##</c> writes it, into <paramref name="destination"/>
    /// (at least <see cref="NumberRoom"/> characters); returns the characters written. Numbers under 10^13 are written
    /// from their whole hundredths, without the general formatter.
    /// </summary>
    public static int FormatNumber(double value, Span<char> destination)
    {
        var rounded = Round(value);
        if (!(Math.Abs(rounded) < ExactHundredths))
        {
            var text = rounded.ToString("0.##", CultureInfo.InvariantCulture);
            text.AsSpan().CopyTo(destination);
            return text.Length;
        }

        var hundredths = (long)Math.Round(rounded * 100);
        var written = 0;
        if (hundredths < 0)
        {
            destination[written++] = '-';
            hundredths = -hundredths;
        }

        written += Digits(hundredths / 100, destination.Slice(written));
        var fraction = (int)(hundredths % 100);
        if (fraction != 0)
        {
            destination[written++] = '.';
            destination[written++] = (char)('0' + (fraction / 10));
            if (fraction % 10 != 0)
            {
                destination[written++] = (char)('0' + (fraction % 10));
            }
        }

        return written;
    }

    /// <summary>Writes the decimal digits of <paramref name="value"/> (0 or more) and returns how many.</summary>
    private static int Digits(long value, Span<char> destination)
    {
        var count = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            count++;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return count;
    }

    /// <summary>The text, cut to <paramref name="length"/> characters with "..." when longer, for quoting input in messages.</summary>
    public static string Shorten(string text, int length = 40) => text.Length <= length ? text : text.Substring(0, length) + "...";

    /// <summary>A Newtonsoft.Json error message without its "Path '...', line ..., position ..." tail: messages give their own location.</summary>
    public static string WithoutJsonLocation(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message.Substring(0, at).TrimEnd(',', ' ') + (message.EndsWith(".", StringComparison.Ordinal) ? string.Empty : ".");
    }
}
