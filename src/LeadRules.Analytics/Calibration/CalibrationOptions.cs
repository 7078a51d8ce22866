using System;
using System.Collections.Generic;

namespace LeadRules.Analytics.Calibration;

/// <summary>How <see cref="Calibrator.Calibrate"/> splits the leads, which rules it proposes and how it turns the fit into points.</summary>
public sealed class CalibrationOptions
{
    /// <summary>The share of leads held out to compare the rule sets on, from 0 (exclusive) to 1 (exclusive). Default 0.3.</summary>
    public double Holdout { get; init; } = 0.3;

    /// <summary>Seeds the split: a lead goes to the holdout by a hash of its id and the seed, whatever the order or the threads. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How many times the base rate the qualified leads of the training split must convert at. Default 2.</summary>
    public double TargetLift { get; init; } = 2.0;

    /// <summary>The fewest training leads a rule must hold for (and not hold for) to get points, or to be proposed. Default 30.</summary>
    public int MinLeads { get; init; } = 30;

    /// <summary>The points that double a lead's odds of converting: the scorecard's scale. Default 20.</summary>
    public double PointsToDoubleOdds { get; init; } = 20;

    /// <summary>Whether qualified also asks for two channel groups or more (<c>lead.Channels() &gt;= 2</c>). Default <see langword="false"/>.</summary>
    public bool MultiTouchQualified { get; init; }

    /// <summary>The L2 penalty on the coefficients (not on the intercept); 0 fits without one. Default 1.</summary>
    public double Regularisation { get; init; } = 1.0;

    /// <summary>Text (or boolean) attributes whose values are proposed as rules <c>lead.Text("attr") == "value"</c>: the values seen in training, the most frequent one left as the reference.</summary>
    public IReadOnlyList<string> ProposeAttributes { get; init; } = Array.Empty<string>();

    /// <summary>Numeric attributes proposed as bands <c>lead.Number("attr") &gt;= q</c>, q the training quintiles.</summary>
    public IReadOnlyList<string> ProposeNumbers { get; init; } = Array.Empty<string>();

    /// <summary>Counts proposed for every contact-point type seen: <c>lead.Count("type") &gt;= k</c>. Default 2, 3, 5 and 8.</summary>
    public IReadOnlyList<int> CountThresholds { get; init; } = new[] { 2, 3, 5, 8 };

    /// <summary>The most values proposed per attribute. Default 20.</summary>
    public int MaxValuesPerAttribute { get; init; } = 20;

    /// <summary>How many training leads, from the start of the input, the proposals are found in (they are held in memory). Default 100,000.</summary>
    public int DiscoveryLeads { get; init; } = 100_000;

    internal void Validate()
    {
        Check(Holdout > 0 && Holdout < 1, nameof(Holdout), Holdout, "a share between 0 and 1, such as 0.3");
        Check(TargetLift > 1, nameof(TargetLift), TargetLift, "more than 1, such as 2");
        Check(MinLeads >= 1, nameof(MinLeads), MinLeads, "1 or more, such as 30");
        Check(PointsToDoubleOdds > 0, nameof(PointsToDoubleOdds), PointsToDoubleOdds, "more than 0, such as 20");
        Check(Regularisation >= 0, nameof(Regularisation), Regularisation, "0 or more, such as 1");
        Check(MaxValuesPerAttribute >= 1, nameof(MaxValuesPerAttribute), MaxValuesPerAttribute, "1 or more, such as 20");
        Check(DiscoveryLeads >= 1, nameof(DiscoveryLeads), DiscoveryLeads, "1 or more, such as 100000");
        foreach (var k in CountThresholds)
        {
            Check(k >= 2, nameof(CountThresholds), k, "counts of 2 or more (a count above 0 is always proposed)");
        }

        if (ProposeAttributes is null || ProposeNumbers is null || CountThresholds is null)
        {
            throw new ArgumentException("CalibrationOptions: ProposeAttributes, ProposeNumbers and CountThresholds must not be null; give an empty list instead.");
        }
    }

    private static void Check(bool ok, string name, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"CalibrationOptions.{name} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be {expected}.", name);
        }
    }
}
