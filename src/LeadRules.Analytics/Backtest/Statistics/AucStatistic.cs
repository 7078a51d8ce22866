using System;
using System.Collections.Generic;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>
/// The AUC of a score (the Mann-Whitney statistic: the share of converted/not converted pairs where the converted
/// lead scores higher, ties counting half), computed exactly from a histogram of distinct scores, with the 95%
/// interval of Hanley and McNeil (1982).
/// </summary>
internal static class AucStatistic
{
    /// <summary>The AUC of <paramref name="ascending"/> (distinct scores, lowest first); NaN when either class is empty.</summary>
    public static Auc Compute(IReadOnlyList<ScoreCount> ascending)
    {
        long converted = 0;
        long notConverted = 0;
        double pairs = 0;
        foreach (var group in ascending)
        {
            // Converted leads here beat every not converted lead below and tie with those at the same score.
            pairs += group.Converted * (notConverted + (group.NotConverted / 2.0));
            converted += group.Converted;
            notConverted += group.NotConverted;
        }

        if (converted == 0 || notConverted == 0)
        {
            return new Auc(double.NaN, double.NaN, double.NaN);
        }

        var auc = pairs / ((double)converted * notConverted);
        var se = HanleyMcNeilStandardError(auc, converted, notConverted);
        return new Auc(auc, Math.Max(0, auc - (WilsonInterval.Z * se)), Math.Min(1, auc + (WilsonInterval.Z * se)));
    }

    /// <summary>The standard error of an AUC by Hanley and McNeil (1982), from its value and the size of each class.</summary>
    public static double HanleyMcNeilStandardError(double auc, long positives, long negatives)
    {
        var q1 = auc / (2 - auc);
        var q2 = 2 * auc * auc / (1 + auc);
        var a2 = auc * auc;
        var variance = ((auc * (1 - auc)) + ((positives - 1) * (q1 - a2)) + ((negatives - 1) * (q2 - a2))) / ((double)positives * negatives);
        return Math.Sqrt(Math.Max(0, variance));
    }
}
