using System.Collections.Generic;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Calibration;

/// <summary>The score thresholds of the calibrated temperatures, and how the training split converts under them.</summary>
public sealed class CalibrationThresholds
{
    internal CalibrationThresholds(double qualified, double warm, bool meetsTargetLift, IReadOnlyList<Segment> training, bool risesStrictly)
    {
        Qualified = qualified;
        Warm = warm;
        MeetsTargetLift = meetsTargetLift;
        Training = training;
        ConversionRisesWithTemperature = risesStrictly;
    }

    /// <summary>T1: a lead scoring at least this is qualified (when multi-touch too, if asked).</summary>
    public double Qualified { get; }

    /// <summary>T2: a lead scoring at least this and not qualified is warm; below it, cold.</summary>
    public double Warm { get; }

    /// <summary>Whether the qualified leads of the training split convert at the target lift; otherwise T1 is the best top segment found.</summary>
    public bool MeetsTargetLift { get; }

    /// <summary>The training split per temperature (<c>cold</c>, <c>warm</c>, <c>qualified</c>) under the calibrated scores.</summary>
    public IReadOnlyList<Segment> Training { get; }

    /// <summary>Whether training conversion rises strictly cold &lt; warm &lt; qualified.</summary>
    public bool ConversionRisesWithTemperature { get; }
}
