using System.Globalization;
using System.IO;
using LeadRules.Analytics.Report;

namespace LeadRules.Analytics.Diff.Report;

/// <summary>The top of the diff report: both rule sets, the as-of time and the key figures.</summary>
internal static class DiffHeaderSection
{
    public static void Write(DiffResult result, TextWriter writer)
    {
        var asOf = result.AsOf.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.Write("<header>\n<p class=\"kicker\">Rule-set diff</p>\n");
        writer.Write($"<h1>{Html.Escape(result.RuleSet.Name)} <span class=\"version\">{Html.Escape(result.RuleSet.Version)}</span>");
        writer.Write($" <span class=\"version\">against</span> {Html.Escape(result.AgainstRuleSet.Name)} <span class=\"version\">{Html.Escape(result.AgainstRuleSet.Version)}</span></h1>\n");
        writer.Write($"<p class=\"stamp\">new rule file SHA-256 {Hash(result.RuleSet)} &#183; against {Hash(result.AgainstRuleSet)}");
        writer.Write($" &#183; leads assessed as of <time>{asOf}</time></p>\n");
        writer.Write("<div class=\"cards\">\n");
        var share = result.Leads == 0 ? double.NaN : (double)result.Moved / result.Leads;
        Card(writer, "Leads compared", Html.Count(result.Leads), null, "scored by both rule sets");
        Card(writer, "Failed", Html.Count(result.Failed), result.Failed > 0 ? "bad" : null, "not scored by one or both; left out");
        Card(writer, "Change temperature", Html.Count(result.Moved), null, $"{Html.Percent(share)} of the leads compared");
        Card(writer, "Marketing &#8594; sales", Html.Count(result.ToSales), null, "leads sales gains");
        Card(writer, "Sales &#8594; marketing", Html.Count(result.ToMarketing), null, "leads sales hands back");
        writer.Write("</div>\n</header>\n");
    }

    /// <summary>A card; <paramref name="value"/> and <paramref name="note"/> arrive escaped.</summary>
    internal static void Card(TextWriter writer, string label, string value, string? cssClass, string? note)
    {
        writer.Write(cssClass is null ? "<div class=\"card\">" : $"<div class=\"card {cssClass}\">");
        writer.Write($"<span class=\"label\">{label}</span><span class=\"value\">{value}</span>");
        writer.Write(note is null ? "</div>\n" : $"<span class=\"note\">{note}</span></div>\n");
    }

    private static string Hash(RuleSetStamp stamp) =>
        $"<code title=\"{Html.Escape(stamp.Hash)}\">{Html.Escape(stamp.Hash.Length > 12 ? stamp.Hash.Substring(0, 12) : stamp.Hash)}</code>";
}
