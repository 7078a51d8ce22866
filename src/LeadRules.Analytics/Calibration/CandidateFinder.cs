using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Proposes rules from training leads: every contact-point type no base rule covers, count bands of every type seen,
/// the values of the attributes asked for (the most frequent left as the reference) and quintile bands of numbers.
/// A proposal must hold, and fail to hold, for at least <see cref="CalibrationOptions.MinLeads"/> leads.
/// </summary>
internal static class CandidateFinder
{
    public static List<Candidate> Find(RuleFileParts parts, Vocabulary vocabulary, IReadOnlyList<Lead> leads, DateTimeOffset asOf, CalibrationOptions options)
    {
        var names = new ProposalNames(parts.ScoringRuleNames);
        var taken = new HashSet<string>(parts.ScoringExpressions.Select(Squeeze), StringComparer.Ordinal);
        var found = new List<Candidate>();
        var counts = Counts(leads, asOf);
        foreach (var type in counts.Keys.Where(t => vocabulary.GroupOf(t) is not null).OrderBy(t => t, StringComparer.Ordinal))
        {
            var perLead = counts[type];
            if (!parts.Covers(type))
            {
                Add($"has_{type}", $"lead.Count({Quote(type)}) > 0", perLead.Count(c => c > 0));
            }

            foreach (var k in options.CountThresholds.Distinct().OrderBy(k => k))
            {
                Add($"{type}_at_least_{k}", $"lead.Count({Quote(type)}) >= {k}", perLead.Count(c => c >= k));
            }
        }

        foreach (var attribute in options.ProposeAttributes)
        {
            var values = leads.Select(l => l.Attributes.TryGetValue(attribute, out var v) ? v as string : null).Where(v => v is not null)
                .GroupBy(v => v!, StringComparer.Ordinal).Select(g => (Value: g.Key, Leads: g.Count()))
                .OrderByDescending(g => g.Leads).ThenBy(g => g.Value, StringComparer.Ordinal).ToList();
            foreach (var (value, held) in values.Skip(1).Take(options.MaxValuesPerAttribute))
            {
                Add($"{attribute}_is_{value}", $"lead.Text({Quote(attribute)}) == {Quote(value)}", held);
            }
        }

        foreach (var attribute in options.ProposeNumbers)
        {
            var values = leads.Select(l => l.Attributes.TryGetValue(attribute, out var v) && v is not string ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : double.NaN)
                .Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
            foreach (var q in new[] { 0.2, 0.4, 0.6, 0.8 }.Select(q => values.Length == 0 ? double.NaN : values[(int)(q * (values.Length - 1))]).Where(q => !double.IsNaN(q)).Distinct())
            {
                var text = q.ToString("R", CultureInfo.InvariantCulture);
                Add($"{attribute}_at_least_{text}", $"lead.Number({Quote(attribute)}) >= {text}", values.Count(v => v >= q));
            }
        }

        return found;

        void Add(string name, string expression, int held)
        {
            if (held >= options.MinLeads && leads.Count - held >= options.MinLeads && taken.Add(Squeeze(expression)))
            {
                found.Add(Candidate.Proposed(names.Unique(name), expression));
            }
        }
    }

    /// <summary>A string literal for an expression: quotes and backslashes escaped.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Squeeze(string expression) => new(expression.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Per contact-point type seen, each lead's count of it (points after the as-of time unseen).</summary>
    private static Dictionary<string, int[]> Counts(IReadOnlyList<Lead> leads, DateTimeOffset asOf)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < leads.Count; i++)
        {
            foreach (var point in leads[i].ContactPoints)
            {
                if (point.At is { } at && at > asOf)
                {
                    continue;
                }

                if (!counts.TryGetValue(point.Type, out var perLead))
                {
                    counts.Add(point.Type, perLead = new int[leads.Count]);
                }

                perLead[i] += point.Count;
            }
        }

        return counts;
    }
}
