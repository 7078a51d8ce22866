using System;
using System.Globalization;

namespace LeadRules;

/// <summary>Number formatting and rounding shared by every output, so both engines print the same bytes.</summary>
internal static class Formatting
{
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Number(double value) => Round(value).ToString("0.##", CultureInfo.InvariantCulture);
}
