using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Chooses the temperature thresholds on the training split's calibrated scores. Qualified is the largest top segment
/// (score at least T1, and multi-touch when asked) converting at least the target lift times the base rate, made smaller
/// only as far as needed for a warm segment to exist: warm is every other lead from T2 up, T2 as low as keeps warm above
/// the base rate and cold below warm. Cold is the rest.
/// </summary>
internal static class ThresholdFinder
{
    private const int MostQualifiedTries = 256;

    public static (double Qualified, double Warm, bool MeetsTarget) Find(
        IReadOnlyList<double> scores, Func<int, bool> converted, Func<int, bool> eligible, double targetLift, int minLeads)
    {
        // Per distinct score, highest first: leads and converted, all and eligible for qualified.
        var groups = Enumerable.Range(0, scores.Count).GroupBy(i => scores[i]).OrderByDescending(g => g.Key)
            .Select(g => new Group(g.Key, g.Count(), g.Count(converted), g.Count(eligible), g.Count(i => eligible(i) && converted(i))))
            .ToArray();
        var total = groups.Sum(g => (long)g.Leads);
        var baseRate = total == 0 ? 0 : (double)groups.Sum(g => (long)g.Hits) / total;

        var meeting = new List<double>();
        var best = (Score: groups.Length == 0 ? 0 : groups[0].Score, Rate: -1.0);
        long leads = 0, hits = 0;
        foreach (var group in groups)
        {
            leads += group.EligibleLeads;
            hits += group.EligibleHits;
            var rate = leads == 0 ? 0 : (double)hits / leads;
            if (leads >= minLeads && rate >= targetLift * baseRate)
            {
                meeting.Add(group.Score);
            }
            else if (leads >= minLeads && rate > best.Rate)
            {
                best = (group.Score, rate);
            }
        }

        if (meeting.Count == 0)
        {
            return (best.Score, Warm(groups, best.Score, baseRate, minLeads) ?? best.Score, false);
        }

        // The lowest T1 (the largest qualified segment) that leaves room for a warm segment; at most a few hundred tried.
        meeting.Reverse();
        var stride = Math.Max(1, meeting.Count / MostQualifiedTries);
        for (var k = 0; k < meeting.Count; k += stride)
        {
            if (Warm(groups, meeting[k], baseRate, minLeads) is { } warm)
            {
                return (meeting[k], warm, true);
            }
        }

        return (meeting[0], meeting[0], true);
    }

    /// <summary>The lowest T2 below <paramref name="qualified"/> keeping warm above the base rate and cold below warm; null when none does.</summary>
    private static double? Warm(Group[] groups, double qualified, double baseRate, int minLeads)
    {
        long restLeads = 0, restHits = 0;
        foreach (var group in groups)
        {
            restLeads += group.Leads - (group.Score >= qualified ? group.EligibleLeads : 0);
            restHits += group.Hits - (group.Score >= qualified ? group.EligibleHits : 0);
        }

        double? warm = null;
        long warmLeads = 0, warmHits = 0;
        foreach (var group in groups)
        {
            warmLeads += group.Leads - (group.Score >= qualified ? group.EligibleLeads : 0);
            warmHits += group.Hits - (group.Score >= qualified ? group.EligibleHits : 0);
            var coldLeads = restLeads - warmLeads;
            var warmRate = warmLeads == 0 ? 0 : (double)warmHits / warmLeads;
            var coldRate = coldLeads == 0 ? 0 : (double)(restHits - warmHits) / coldLeads;
            if (group.Score < qualified && coldLeads >= minLeads && warmLeads >= minLeads && warmRate > baseRate && coldRate < warmRate)
            {
                warm = group.Score;
            }
        }

        return warm;
    }

    private readonly record struct Group(double Score, int Leads, int Hits, int EligibleLeads, int EligibleHits);
}
