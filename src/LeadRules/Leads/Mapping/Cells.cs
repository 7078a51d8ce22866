using System;
using System.Globalization;

namespace LeadRules.Leads.Mapping;

/// <summary>Reading CSV cells as counts, numbers, times and consent, invariant culture throughout.</summary>
internal static class Cells
{
    /// <summary>The message for a count with a fraction, so the summary can count fractions apart.</summary>
    public const string Fraction = "is not a whole number of contact points.";

    public const string True = "true";

    public const string False = "false";

    /// <summary>The 27 combinations of consent, built once: a row's consent costs no allocation.</summary>
    private static readonly Consent[] Consents = BuildConsents();

    public static string Quote(string value) => "'" + Formatting.Shorten(value) + "'";

    /// <summary>Reads a count of contact points; returns the problem (after the quoted value), or <see langword="null"/>.</summary>
    public static string? Count(string text, out int count)
    {
        count = 0;
        double number;
        if (text.Length <= 9 && AllDigits(text))
        {
            for (var i = 0; i < text.Length; i++)
            {
                count = (count * 10) + (text[i] - '0');
            }

            number = count;
        }
        else if (!TryNumber(text, out number))
        {
            return Quote(text) + " is not a number.";
        }

        if (number != Math.Floor(number))
        {
            return Quote(text) + " " + Fraction;
        }

        if (number < 0)
        {
            return Quote(text) + " is negative; a count of contact points is 0 or more.";
        }

        if (number > Limits.CountPerContactPoint)
        {
            return $"{Quote(text)} is more than the limit of {Limits.CountPerContactPoint:N0} contact points.";
        }

        count = (int)number;
        return null;
    }

    /// <summary>An invariant-culture finite number (sign, decimals and exponent allowed; no thousands separators).</summary>
    public static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && !double.IsNaN(number) && !double.IsInfinity(number);

    /// <summary>A time as ISO-8601 text in UTC, as date attributes hold it.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static Consent Consent(ConsentState email, ConsentState phone, ConsentState mail) => Consents[((int)email * 9) + ((int)phone * 3) + (int)mail];

    private static bool AllDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static Consent[] BuildConsents()
    {
        var consents = new Consent[27];
        for (var i = 0; i < consents.Length; i++)
        {
            consents[i] = new Consent((ConsentState)(i / 9), (ConsentState)(i / 3 % 3), (ConsentState)(i % 3));
        }

        consents[0] = Leads.Consent.Unknown;
        return consents;
    }
}
