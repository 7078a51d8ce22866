using System;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Rules.Compiling;

namespace LeadRules.Tests.Properties;

/// <summary>
/// Any points, pointsEach, cap and half-life a rule set may hold (the bounds are the loader's own), over any counts and ages a lead may hold, give
/// finite points and a finite score: the ranges are drawn with their edges (the smallest half-life, the largest
/// points and counts, ages from zero to ten thousand years) far more often than chance would.
/// </summary>
public class FiniteScoreProperties
{
    private static readonly DateTimeOffset AsOf = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 300)]
    public bool Assess_AnyValidPointsCapHalfLifeAndCounts_ScoreAndPointsAreFinite(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var rules = Enumerable.Range(0, random.Next(1, 4)).Select(i => Rule(random, i));
        var json = Build(string.Join(", ", rules));
        var lead = new Lead("L", Enumerable.Range(0, random.Next(0, 40)).Select(_ => Point(random)));

        var assessment = new LeadScorer(RuleSet.Parse(json)).Assess(lead, AsOf);

        return assessment.Succeeded
            && IsFinite(assessment.Score)
            && assessment.Reasons.All(r => IsFinite(r.Points));
    }

    private static string Rule(Random random, int i)
    {
        var points = Pick(random, -RuleProperties.MaxPoints, RuleProperties.MaxPoints, 0, 1e-300, -1e-300, 0.005);
        var amount = random.Next(2) == 0 ? $"\"points\": {Text(points)}" : $"\"pointsEach\": {Text(points)}";
        var cap = random.Next(2) == 0 ? string.Empty : $", \"cap\": {Text(Pick(random, RuleProperties.MinCap, RuleProperties.MaxPoints, 0.015))}";
        var halfLife = random.Next(4) == 0 ? string.Empty : $", \"halfLifeDays\": {Text(Pick(random, RuleProperties.MinDays, RuleProperties.MaxDays, RuleProperties.MinDays * 1.00001))}";
        return $$"""{ "RuleName": "r{{i}}", "Expression": "lead.Count(\"referral\") >= 0", "Properties": { "type": "referral", {{amount}}{{cap}}{{halfLife}} } }""";
    }

    private static ContactPoint Point(Random random)
    {
        var count = random.Next(3) == 0 ? Limits.CountPerContactPoint : random.Next(0, Limits.CountPerContactPoint + 1);
        var age = random.Next(5) switch
        {
            0 => (TimeSpan?)null,
            1 => TimeSpan.Zero,
            2 => TimeSpan.FromTicks(1),
            3 => AsOf - DateTimeOffset.MinValue,
            _ => TimeSpan.FromDays(random.NextDouble() * 3_000_000),
        };
        return new ContactPoint("referral", age is { } a ? AsOf - a : null, count);
    }

    /// <summary>One of the edges half the time, else a value spread evenly between <paramref name="min"/> and <paramref name="max"/>.</summary>
    private static double Pick(Random random, double min, double max, params double[] edges)
    {
        var all = edges.Append(min).Append(max).ToArray();
        return random.Next(2) == 0 ? all[random.Next(all.Length)] : min + (random.NextDouble() * (max - min));
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static string Build(string scoring) => LeadRules.Tests.Rules.TestRuleSets.Build(scoring: scoring);
}
