using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Scores leads with the probe rule set (the base rules, the proposals worth 1 point, and a multi-touch marker) across
/// cores, chunk by chunk, and appends each lead's features to the training or the holdout table. Holdout leads are
/// kept for the backtests; training leads are not.
/// </summary>
internal sealed class FeatureReader
{
    /// <summary>The probe rule that marks leads met through two channel groups or more; never a feature.</summary>
    public const string MultiTouchRule = "calibration_multi_touch";

    private const int ChunkSize = 8192;

    private readonly LeadScorer _probe;
    private readonly DateTimeOffset _asOf;
    private readonly HoldoutSplit _split;
    private readonly Dictionary<string, int> _columnOf;
    private readonly double[] _units;
    private readonly List<(Lead Lead, bool Converted, bool Holdout)> _chunk = new(ChunkSize);

    public FeatureReader(RuleSet probe, IReadOnlyList<Candidate> candidates, DateTimeOffset asOf, HoldoutSplit split)
    {
        _probe = new LeadScorer(probe);
        _asOf = asOf;
        _split = split;
        _columnOf = candidates.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        _columnOf.Add(MultiTouchRule, candidates.Count);
        _units = candidates.Select(c => c.Unit).ToArray();
        Training = new FeatureTable(candidates.Count);
        Holdout = new FeatureTable(candidates.Count);
    }

    public FeatureTable Training { get; }

    public FeatureTable Holdout { get; }

    public List<(Lead Lead, bool Converted)> HoldoutLeads { get; } = new();

    /// <summary>Leads that could not be scored: left out of the fit and of the holdout.</summary>
    public long Failed { get; private set; }

    public void Add(Lead lead, bool converted, bool holdout)
    {
        _chunk.Add((lead, converted, holdout));
        if (_chunk.Count == ChunkSize)
        {
            Flush();
        }
    }

    public void Flush()
    {
        var rows = _probe.AssessItemsParallel(_chunk, e => e.Lead, (_, a) => a!.Succeeded ? Row(a) : null, _asOf);
        for (var i = 0; i < rows.Length; i++)
        {
            var (lead, converted, holdout) = _chunk[i];
            if (rows[i] is not { } row)
            {
                Failed++;
                continue;
            }

            var multiTouch = row[_units.Length] != 0;
            (holdout ? Holdout : Training).Add(row, converted, multiTouch);
            if (holdout)
            {
                HoldoutLeads.Add((lead, converted));
            }
        }

        _chunk.Clear();
    }

    public bool IsHoldout(Lead lead) => _split.IsHoldout(lead.Id ?? string.Empty);

    private float[] Row(Assessment assessment)
    {
        var row = new float[_units.Length + 1];
        var held = assessment.HeldReasons;
        while (held.MoveNext())
        {
            var column = _columnOf[held.Name];
            row[column] = column == _units.Length ? 1 : (float)(held.Points / _units[column]);
        }

        return row;
    }
}
