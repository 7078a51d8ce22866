using System;
using System.Globalization;

namespace LeadRules;

/// <summary>Number formatting and rounding shared by every output, so both engines print the same bytes.</summary>
internal static class Formatting
{
    /// <summary>Rounds to two decimals, half away from zero; never gives negative zero.</summary>
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0;

    public static string Number(double value) => Round(value).ToString("0.##", CultureInfo.InvariantCulture);
}
