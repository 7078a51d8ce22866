using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Tests.Leads.Mapping;

/// <summary>Reads CSV text held in a string through a mapping held in a string, for the reader's tests.</summary>
internal static class CsvText
{
    public static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<LeadLine> Read(string mapping, string csv, CsvLeadReaderOptions? options = null) =>
        Read(mapping, csv, out _, options);

    public static List<LeadLine> Read(string mapping, string csv, out CsvReadSummary summary, CsvLeadReaderOptions? options = null)
    {
        using var reader = new CsvLeadReader(LeadMapping.Parse(mapping), new StringReader(csv), AsOf, options);
        var lines = reader.ReadLines().ToList();
        summary = reader.Summary;
        return lines;
    }

    /// <summary>Each line's error, or its contact points as <c>type@days-old*count</c> (<c>type@-</c> when undated).</summary>
    public static string Describe(LeadLine line) =>
        line.Error ?? string.Join(" ", line.Lead!.ContactPoints.Select(p =>
            $"{p.Type}@{(p.At is { } at ? (AsOf - at).TotalDays.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}{(p.Count == 1 ? string.Empty : "*" + p.Count)}"));
}
