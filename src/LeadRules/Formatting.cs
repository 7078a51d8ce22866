using System;
using System.Globalization;

namespace LeadRules;

/// <summary>Rounding and text shaping shared by every output and message, so both engines print the same bytes.</summary>
internal static class Formatting
{
    /// <summary>Rounds to two decimals, half away from zero; never gives negative zero.</summary>
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0;

    public static string Number(double value) => Round(value).ToString("0.##", CultureInfo.InvariantCulture);

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
