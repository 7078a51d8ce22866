using System;
using System.Collections.Generic;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>
/// The score distribution in equal-width bins from the lowest score to the highest: each bin holds [From, To), the
/// last also its To. All scores equal give one bin; no scores give none.
/// </summary>
internal static class ScoreBinning
{
    private const int Bins = 20;

    /// <summary>The bins of <paramref name="ascending"/> (distinct scores, lowest first).</summary>
    public static IReadOnlyList<ScoreBin> Compute(IReadOnlyList<ScoreCount> ascending)
    {
        if (ascending.Count == 0)
        {
            return Array.Empty<ScoreBin>();
        }

        var lowest = ascending[0].Score;
        var highest = ascending[ascending.Count - 1].Score;
        if (lowest == highest)
        {
            return new[] { new ScoreBin(lowest, highest, ascending[0].Converted, ascending[0].NotConverted) };
        }

        var width = (highest - lowest) / Bins;
        var converted = new long[Bins];
        var notConverted = new long[Bins];
        foreach (var group in ascending)
        {
            var bin = BinOf(group.Score, lowest, highest, width);
            converted[bin] += group.Converted;
            notConverted[bin] += group.NotConverted;
        }

        var bins = new ScoreBin[Bins];
        for (var b = 0; b < Bins; b++)
        {
            bins[b] = new ScoreBin(Edge(b, lowest, highest, width), Edge(b + 1, lowest, highest, width), converted[b], notConverted[b]);
        }

        return Array.AsReadOnly(bins);
    }

    /// <summary>The lower edge of bin <paramref name="b"/>; the last edge is exactly the highest score.</summary>
    private static double Edge(int b, double lowest, double highest, double width) => b == Bins ? highest : lowest + (b * width);

    /// <summary>The bin a score falls in, judged against the very edges the bins report, so no score lands beside its bin.</summary>
    private static int BinOf(double score, double lowest, double highest, double width)
    {
        var bin = Math.Min(Bins - 1, (int)((score - lowest) / width));
        while (bin < Bins - 1 && score >= Edge(bin + 1, lowest, highest, width))
        {
            bin++;
        }

        while (bin > 0 && score < Edge(bin, lowest, highest, width))
        {
            bin--;
        }

        return bin;
    }
}
