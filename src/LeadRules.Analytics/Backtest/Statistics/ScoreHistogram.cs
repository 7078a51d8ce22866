using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Analytics.Backtest.Statistics;

/// <summary>
/// Converted and not converted leads per distinct score. Scores are rounded to two decimals, so equal scores are
/// equal doubles and the histogram is exact; its memory grows with the distinct scores, not with the leads.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class ScoreHistogram
{
    private readonly Dictionary<double, long[]> _counts = new();

    public void Add(double score, bool converted)
    {
        if (!_counts.TryGetValue(score, out var counts))
        {
            counts = new long[2];
            _counts.Add(score, counts);
        }

        counts[converted ? 0 : 1]++;
    }

    /// <summary>Every distinct score, lowest first, with its counts.</summary>
    public ScoreCount[] Ascending() => _counts
        .OrderBy(e => e.Key)
        .Select(e => new ScoreCount(e.Key, e.Value[0], e.Value[1]))
        .ToArray();
}
