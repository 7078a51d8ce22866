using System;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>The 95% Wilson score interval of a proportion, which stays inside [0, 1] and behaves at 0 and n hits.</summary>
internal static class WilsonInterval
{
    /// <summary>The standard normal quantile for a two-sided 95% interval.</summary>
    public const double Z = 1.959963984540054;

    /// <summary>The rate of <paramref name="hits"/> in <paramref name="of"/> with its interval; NaN bounds when <paramref name="of"/> is 0.</summary>
    public static Rate Of(long hits, long of)
    {
        if (of == 0)
        {
            return new Rate(0, 0, double.NaN, double.NaN);
        }

        double n = of;
        var p = hits / n;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / n);
        var center = (p + (z2 / (2 * n))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;

        // At 0 and n hits the exact bound is 0 or 1; rounding must not move it off.
        var lower = hits == 0 ? 0 : Math.Max(0, center - half);
        var upper = hits == of ? 1 : Math.Min(1, center + half);
        return new Rate(hits, of, lower, upper);
    }
}
