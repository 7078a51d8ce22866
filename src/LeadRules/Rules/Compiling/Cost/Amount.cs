using System.Globalization;

namespace LeadRules.Rules.Compiling.Cost;

/// <summary>Prints a bound for a message: grouped digits, and no digits at all for the astronomical.</summary>
internal static class Amount
{
    private const double Astronomical = 1e15;

    public static string Text(double value) =>
        value < Astronomical ? value.ToString("N0", CultureInfo.InvariantCulture) : "more than " + Astronomical.ToString("N0", CultureInfo.InvariantCulture);
}
