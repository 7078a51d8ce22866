using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace LeadRules.Analytics.Calibration;

/// <summary>Writes the calibrated rule file and the probe rule file from a base file's parts.</summary>
internal static class CalibratedFile
{
    /// <summary>The base rule file plus every proposal worth 1 point and the multi-touch marker: scored to read the features.</summary>
    public static string Probe(RuleFileParts parts, IEnumerable<Candidate> candidates)
    {
        var rules = parts.ScoringRules.Select(r => r.Raw)
            .Concat(candidates.Where(c => c.BaseRule is null).Select(c => Proposal(c.Name, c.Expression, Array.Empty<string>(), "1")))
            .Append(Proposal(FeatureReader.MultiTouchRule, "lead.Channels() >= 2", Array.Empty<string>(), "1"))
            .ToArray();
        return RuleFileWriter.Write(parts, parts.Version, Array.Empty<string>(), Array.Empty<string>(), rules, parts.Temperature);
    }

    public static string Write(RuleFileParts parts, IReadOnlyList<CalibratedRule> rules, CalibrationThresholds thresholds, long trainingLeads, double baseRate, DateTimeOffset asOf, CalibrationOptions options)
    {
        var header = new[]
        {
            $"Calibrated from {parts.Name} {parts.Version} as of {asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}: an L2-penalised logistic regression over which rules held,",
            $"fitted on {trainingLeads.ToString("N0", CultureInfo.InvariantCulture)} training leads ({JsonText.Percent(baseRate)} converted; holdout {JsonText.Short(options.Holdout)}, seed {options.Seed.ToString(CultureInfo.InvariantCulture)}).",
            $"{JsonText.Short(options.PointsToDoubleOdds)} points double a lead's odds of converting. Each rule's comment gives its training evidence: leads held,",
            "conversion when held, lift over the base rate, and the log-odds coefficient per unit with its 95% interval.",
        };
        var pointless = rules.Where(r => !r.HasPoints).ToArray();
        var scoringComments = pointless.Length == 0 ? Array.Empty<string>()
            : new[] { "Rules without points (left out of this workflow):" }.Concat(pointless.Select(r => $"  {r.Name}: {Why(r.Verdict)}; {Evidence(r)}")).ToArray();
        var texts = parts.ScoringRules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var scoring = rules.Where(r => r.HasPoints).Select(r => RuleFileWriter.Rule(
            new[] { Evidence(r) + Sign(r.Verdict) },
            r.Proposed ? Members(r.Name, r.Expression) : texts[r.Name].Members,
            Properties(r))).ToArray();
        var multi = options.MultiTouchQualified ? " && lead.Channels() >= 2" : string.Empty;
        var temperature = RuleFileWriter.Temperature(new[]
        {
            ("qualified_by_score", "score >= " + JsonText.Number(thresholds.Qualified) + multi, "qualified"),
            ("warm_by_score", "score >= " + JsonText.Number(thresholds.Warm), "warm"),
            ("cold_otherwise", "true", "cold"),
        });
        return RuleFileWriter.Write(parts, parts.NextVersion, header, scoringComments, scoring, temperature);
    }

    private static string Proposal(string name, string expression, IEnumerable<string> comments, string points) =>
        RuleFileWriter.Rule(comments, Members(name, expression), new[] { ("points", points) });

    private static (string, string)[] Members(string name, string expression) =>
        new[] { ("RuleName", JsonText.String(name)), ("Expression", JsonText.String(expression)) };

    private static IEnumerable<(string Name, string Value)> Properties(CalibratedRule rule)
    {
        if (rule.Type is { } type)
        {
            yield return ("type", JsonText.String(type));
        }

        if (rule.Points is { } points)
        {
            yield return ("points", JsonText.Number(points));
        }

        if (rule.PointsEach is { } each)
        {
            yield return ("pointsEach", JsonText.Number(each));
        }

        if (rule.Cap is { } cap)
        {
            yield return ("cap", JsonText.Number(cap));
        }

        if (rule.HalfLifeDays is { } days)
        {
            yield return ("halfLifeDays", JsonText.Number(days));
        }
    }

    private static string Evidence(CalibratedRule r) =>
        $"{r.LeadsHeld.ToString("N0", CultureInfo.InvariantCulture)} leads held, {JsonText.Percent(r.ConversionWhenHeld.Value)} converted (lift {JsonText.Short(r.Lift)}x)"
        + (double.IsNaN(r.Coefficient) ? string.Empty : $"; coefficient {JsonText.Short(r.Coefficient)} (95% interval {JsonText.Short(r.Lower)} to {JsonText.Short(r.Upper)})");

    private static string Why(CalibrationVerdict verdict) => verdict switch
    {
        CalibrationVerdict.ThinEvidence => "thin evidence, the interval crosses 0",
        CalibrationVerdict.TooFewLeads => "too few leads",
        _ => "too small, rounds to 0 points",
    };

    private static string Sign(CalibrationVerdict verdict) => verdict switch
    {
        CalibrationVerdict.SignKept => "; a negative type, still subtracts",
        CalibrationVerdict.SignFlipped => "; a negative type, yet the data says it adds: sign flipped",
        _ => string.Empty,
    };
}
