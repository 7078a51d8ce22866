using System;
using LeadRules.Expressions;
using LeadRules.Rules.Definitions;

namespace LeadRules.Evaluation;

/// <summary>Turns a scoring rule that held into points: once or per occurrence, faded by half-life, bounded by cap.</summary>
internal static class Points
{
    /// <summary>The points of a rule whose points do not depend on the lead (<see cref="ScoringPoints.IsConstant"/>).</summary>
    public static double Constant(ScoringPoints rule) => Bounded(rule, rule.Once ?? 0);

    public static double Of(ScoringPoints rule, LeadProfile lead)
    {
        double points;
        if (rule.Each is { } each)
        {
            var occurrences = rule.DecaySlot >= 0 ? lead.Decayed(rule.DecaySlot) : lead.CountAt(rule.Type);
            points = each * occurrences;
        }
        else
        {
            points = rule.Once ?? 0;
            // An undated occurrence never fades, so it outweighs any dated one: adding a contact point never lowers the points.
            if (rule.HalfLifeDays is { } halfLife && rule.Type >= 0 && !lead.HasUndatedAt(rule.Type))
            {
                var age = lead.DaysSinceAt(rule.Type);
                if (!double.IsInfinity(age))
                {
                    points *= DecayPlan.Weight(age, halfLife);
                }
            }
        }

        return Bounded(rule, points);
    }

    private static double Bounded(ScoringPoints rule, double points)
    {
        if (rule.Cap is { } cap)
        {
            points = Math.Max(-cap, Math.Min(cap, points));
        }

        return Formatting.Round(points);
    }
}
