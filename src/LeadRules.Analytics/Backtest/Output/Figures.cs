using System;
using System.Globalization;

namespace LeadRules.Analytics.Backtest.Output;

/// <summary>How the text output writes numbers: invariant culture, thousands separated, "n/a" for what is undefined.</summary>
internal static class Figures
{
    public const string Undefined = "n/a";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A count with thousands separators: 45,211.</summary>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    /// <summary>A proportion as a percentage with one decimal, or two below 1% so small rates do not read as 0.0%.</summary>
    public static string Percent(double proportion)
    {
        if (double.IsNaN(proportion))
        {
            return Undefined;
        }

        var percent = proportion * 100;
        var format = percent != 0 && Math.Abs(percent) < 1 ? "0.00" : "0.0";
        return Math.Round(percent, format.Length - 2, MidpointRounding.AwayFromZero).ToString(format, Invariant) + "%";
    }

    /// <summary>A rate's 95% interval: "14.3% to 37.5%".</summary>
    public static string Interval(Rate rate) => rate.Of == 0 ? Undefined : Percent(rate.Lower) + " to " + Percent(rate.Upper);

    /// <summary>A lift with two decimals: "1.25x".</summary>
    public static string Lift(double lift) => double.IsNaN(lift) ? Undefined : Fixed(lift, 2) + "x";

    /// <summary>A score as scores are written everywhere: at most two decimals.</summary>
    public static string Score(double score) => double.IsNaN(score) ? Undefined : Formatting.Number(score);

    /// <summary>A number with exactly <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(double value, int decimals) =>
        double.IsNaN(value) ? Undefined : (Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0).ToString("F" + decimals.ToString(Invariant), Invariant);
}
