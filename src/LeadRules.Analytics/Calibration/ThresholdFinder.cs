using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Chooses the temperature thresholds on the training split's calibrated scores: qualified is the largest top segment
/// (score at least T1, and multi-touch when asked) converting at least the target lift times the base rate; warm the
/// leads from T2 up that are not qualified, T2 as low as keeps warm above the base rate and cold below warm.
/// </summary>
internal static class ThresholdFinder
{
    public static (double Qualified, double Warm, bool MeetsTarget) Find(
        IReadOnlyList<double> scores, Func<int, bool> converted, Func<int, bool> eligible, double targetLift, int minLeads)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var total = scores.Count;
        var totalConverted = order.Count(converted);
        var baseRate = total == 0 ? 0 : (double)totalConverted / total;

        // Qualified: walk down the distinct scores, keeping the lowest one whose top segment still meets the target.
        var (qualified, meets) = (order.Length == 0 ? 0 : scores[order[0]], false);
        var best = -1.0;
        long leads = 0, hits = 0;
        foreach (var (score, group) in Groups(scores, order))
        {
            foreach (var i in group.Where(eligible))
            {
                leads++;
                hits += converted(i) ? 1 : 0;
            }

            var rate = leads == 0 ? 0 : (double)hits / leads;
            if (leads >= minLeads && rate >= targetLift * baseRate)
            {
                (qualified, meets) = (score, true);
            }
            else if (!meets && leads >= minLeads && rate > best)
            {
                (qualified, best) = (score, rate);
            }
        }

        // Warm: walk down below T1; warm is everything from T2 up that is not qualified, cold the rest.
        var isQualified = new bool[total];
        long qualifiedLeads = 0;
        foreach (var i in order.Where(i => scores[i] >= qualified && eligible(i)))
        {
            isQualified[i] = true;
            qualifiedLeads++;
        }

        var warm = qualified;
        long warmLeads = 0, warmHits = 0;
        long restLeads = total - qualifiedLeads, restHits = totalConverted - order.Count(i => isQualified[i] && converted(i));
        foreach (var (score, group) in Groups(scores, order))
        {
            foreach (var i in group.Where(i => !isQualified[i]))
            {
                warmLeads++;
                warmHits += converted(i) ? 1 : 0;
            }

            var coldLeads = restLeads - warmLeads;
            var warmRate = warmLeads == 0 ? 0 : (double)warmHits / warmLeads;
            var coldRate = coldLeads == 0 ? 0 : (double)(restHits - warmHits) / coldLeads;
            if (score < qualified && coldLeads >= minLeads && warmLeads >= minLeads && warmRate > baseRate && coldRate < warmRate)
            {
                warm = score;
            }
        }

        return (qualified, warm, meets);
    }

    /// <summary>The rows in <paramref name="order"/> (highest score first) grouped by equal score.</summary>
    private static IEnumerable<(double Score, List<int> Rows)> Groups(IReadOnlyList<double> scores, int[] order)
    {
        var group = new List<int>();
        for (var k = 0; k < order.Length; k++)
        {
            group.Add(order[k]);
            if (k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]])
            {
                yield return (scores[order[k]], group);
                group = new List<int>();
            }
        }
    }
}
