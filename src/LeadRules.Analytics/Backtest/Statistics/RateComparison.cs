using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>Compares rates exactly, by cross-multiplying their counts, so near-equal rates are never misjudged by rounding.</summary>
internal static class RateComparison
{
    /// <summary>Negative when <paramref name="a"/> converts less than <paramref name="b"/>, 0 when equally, positive when more; both must hold leads.</summary>
    public static int Compare(Rate a, Rate b) => ((decimal)a.Hits * b.Of).CompareTo((decimal)b.Hits * a.Of);

    /// <summary>Whether conversion rises strictly over the segments that hold any lead, in order; false when fewer than two do.</summary>
    public static bool RisesStrictly(IEnumerable<Segment> segments)
    {
        var held = segments.Where(s => s.Leads > 0).Select(s => s.Conversion).ToArray();
        if (held.Length < 2)
        {
            return false;
        }

        for (var i = 1; i < held.Length; i++)
        {
            if (Compare(held[i - 1], held[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
