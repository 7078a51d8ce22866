using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Chooses the temperature thresholds on the training split's calibrated scores. Conversion is first made a
/// non-decreasing function of the score (isotonic regression by pooling adjacent violators over the distinct scores);
/// qualified then starts (T1) where that conversion reaches the target lift times the base rate, and warm (T2) where it
/// rises above the base rate. Every qualified score converts at the target or more, every warm one above the base rate
/// and below the target, every cold one at the base rate or less: conversion rises cold &lt; warm &lt; qualified.
/// </summary>
internal static class ThresholdFinder
{
    public static (double Qualified, double Warm, bool MeetsTarget) Find(
        IReadOnlyList<double> scores, Func<int, bool> converted, Func<int, bool> eligible, double targetLift, int minLeads)
    {
        var groups = Enumerable.Range(0, scores.Count).GroupBy(i => scores[i]).OrderBy(g => g.Key)
            .Select(g => new Block(g.Key, g.Count(), g.Count(converted), g.Count(eligible)))
            .ToArray();
        if (groups.Length == 0)
        {
            return (0, 0, false);
        }

        var total = groups.Sum(g => (long)g.Leads);
        var baseRate = (double)groups.Sum(g => g.Hits) / total;
        var blocks = Pooled(groups);

        // The lowest block converting at the target, with enough qualifying leads from it up.
        var qualified = double.NaN;
        long qualifying = 0;
        for (var b = blocks.Count - 1; b >= 0 && blocks[b].Rate >= targetLift * baseRate; b--)
        {
            qualifying += blocks[b].Eligible;
            if (qualifying >= minLeads)
            {
                qualified = blocks[b].Score;
            }
        }

        var meets = !double.IsNaN(qualified);
        if (!meets)
        {
            qualified = groups[groups.Length - 1].Score;
        }

        var warm = blocks.FirstOrDefault(b => b.Rate > baseRate && b.Score < qualified)?.Score ?? qualified;
        return (qualified, warm, meets);
    }

    /// <summary>Pools adjacent score groups until conversion never falls as the score rises; each block keeps its lowest score.</summary>
    private static List<Block> Pooled(IEnumerable<Block> groups)
    {
        var blocks = new List<Block>();
        foreach (var group in groups)
        {
            var block = group;
            while (blocks.Count > 0 && (double)blocks[blocks.Count - 1].Hits * block.Leads >= (double)block.Hits * blocks[blocks.Count - 1].Leads)
            {
                var below = blocks[blocks.Count - 1];
                blocks.RemoveAt(blocks.Count - 1);
                block = new Block(below.Score, below.Leads + block.Leads, below.Hits + block.Hits, below.Eligible + block.Eligible);
            }

            blocks.Add(block);
        }

        return blocks;
    }

    private sealed record Block(double Score, long Leads, long Hits, long Eligible)
    {
        public double Rate => (double)Hits / Leads;
    }
}
