namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>How many times the base rate a rate is.</summary>
internal static class Lift
{
    /// <summary><paramref name="rate"/> divided by <paramref name="baseRate"/>; NaN when either is undefined or the base rate is 0.</summary>
    public static double Of(Rate rate, Rate baseRate)
    {
        var value = rate.Value;
        var basis = baseRate.Value;
        return double.IsNaN(value) || double.IsNaN(basis) || basis == 0 ? double.NaN : value / basis;
    }
}
