using System;
using System.Collections.Generic;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>
/// Ten deciles of leads ranked by score, highest first. A group of equal scores is never split: it goes wholly to the
/// decile its first lead falls in (the lead at rank r, counted from 0, falls in decile ⌊10r/n⌋ + 1), so deciles are
/// as equal as ties allow, and a decile whose start a large tie group covers is empty.
/// </summary>
internal static class DecileRanking
{
    private const int Count = 10;

    /// <summary>The deciles of <paramref name="ascending"/> (distinct scores, lowest first), with lift over <paramref name="baseRate"/>.</summary>
    public static IReadOnlyList<Decile> Compute(IReadOnlyList<ScoreCount> ascending, Rate baseRate)
    {
        long total = 0;
        foreach (var group in ascending)
        {
            total += group.Leads;
        }

        var leads = new long[Count];
        var converted = new long[Count];
        var min = new double[Count];
        var max = new double[Count];
        for (var d = 0; d < Count; d++)
        {
            min[d] = double.NaN;
            max[d] = double.NaN;
        }

        long rank = 0;
        for (var i = ascending.Count - 1; i >= 0; i--)
        {
            var group = ascending[i];
            var d = (int)(rank * Count / total);
            max[d] = double.IsNaN(max[d]) ? group.Score : max[d];
            min[d] = group.Score;
            leads[d] += group.Leads;
            converted[d] += group.Converted;
            rank += group.Leads;
        }

        var deciles = new Decile[Count];
        for (var d = 0; d < Count; d++)
        {
            var rate = WilsonInterval.Of(converted[d], leads[d]);
            deciles[d] = new Decile(d + 1, min[d], max[d], rate, Lift.Of(rate, baseRate));
        }

        return Array.AsReadOnly(deciles);
    }
}
