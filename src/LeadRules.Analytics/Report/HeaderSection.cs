using System.Globalization;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The top of the report: the rule set, the key figures, the verdict and any warning about undated contact points.</summary>
internal static class HeaderSection
{
    public static void Write(BacktestResult result, TextWriter writer)
    {
        var stamp = result.RuleSet;
        var hash = stamp.Hash.Length > 12 ? stamp.Hash.Substring(0, 12) : stamp.Hash;
        var asOf = result.AsOf.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.Write("<header>\n<p class=\"kicker\">Backtest report</p>\n");
        writer.Write($"<h1>{Html.Escape(stamp.Name)} <span class=\"version\">{Html.Escape(stamp.Version)}</span></h1>\n");
        writer.Write($"<p class=\"stamp\">rule file SHA-256 <code title=\"{Html.Escape(stamp.Hash)}\">{Html.Escape(hash)}</code>");
        writer.Write($" &#183; leads assessed as of <time>{asOf}</time></p>\n");
        WriteVerdict(result, writer);
        writer.Write("<div class=\"cards\">\n");
        Card(writer, "Leads scored", Html.Count(result.Leads), null, null);
        Card(writer, "Failed", Html.Count(result.Failed), result.Failed > 0 ? "bad" : null, "could not be scored; left out");
        Card(writer, "Base rate", Html.Percent(result.BaseRate.Value), null, IntervalNote(result.BaseRate));
        Card(writer, "AUC", Html.Fixed(result.Auc.Value), null, AucNote(result.Auc));
        writer.Write("</div>\n");
        WriteUndatedWarning(result, writer);
        writer.Write("</header>\n");
    }

    private static void WriteVerdict(BacktestResult result, TextWriter writer)
    {
        var rises = result.ConversionRisesWithTemperature;
        var rates = result.Temperatures.Select(t => $"{Html.Escape(t.Name)} {Html.Percent(t.Conversion.Value)}").ToList();
        writer.Write($"<div class=\"verdict {(rises ? "yes" : "no")}\" data-verdict=\"{(rises ? "yes" : "no")}\">");
        writer.Write($"<strong>Conversion rises cold &lt; warm &lt; qualified: {(rises ? "yes" : "no")}</strong>");
        writer.Write(rises
            ? $"<span>The temperatures sort the leads the way they should: {string.Join(" &lt; ", rates)}.</span>"
            : $"<span>The temperatures do not sort the leads by conversion ({string.Join(", ", rates)}); review the temperature rules.</span>");
        writer.Write("</div>\n");
    }

    private static void Card(TextWriter writer, string label, string value, string? cssClass, string? note)
    {
        writer.Write(cssClass is null ? "<div class=\"card\">" : $"<div class=\"card {cssClass}\">");
        writer.Write($"<span class=\"label\">{label}</span><span class=\"value\">{value}</span>");
        writer.Write(note is null ? "</div>\n" : $"<span class=\"note\">{note}</span></div>\n");
    }

    private static string IntervalNote(Rate rate) =>
        Html.Defined(rate.Value) ? $"{Html.Count(rate.Hits)} of {Html.Count(rate.Of)} converted; 95%: {Html.Interval(rate.Lower, rate.Upper)}" : "no leads";

    private static string AucNote(Auc auc) =>
        Html.Defined(auc.Value) ? $"95%: {Html.AucInterval(auc)}; 0.50 = no better than chance" : "needs converted and not converted leads";

    private static void WriteUndatedWarning(BacktestResult result, TextWriter writer)
    {
        var undated = result.UndatedRecency.Where(u => u.Leads > 0).ToList();
        if (undated.Count == 0)
        {
            return;
        }

        writer.Write("<div class=\"warning\" role=\"alert\" data-warning=\"undated-recency\">\n");
        writer.Write("<strong>Warning: contact points without dates.</strong> ");
        writer.Write("These rules ask how recent a contact point is, but some leads had only undated contact points of the types ");
        writer.Write("they look at, so the rules treated them as not recent. Export the <code>at</code> of every contact point.\n<ul>\n");
        foreach (var u in undated)
        {
            writer.Write($"<li><code>{Html.Escape(u.Workflow)}/{Html.Escape(u.Rule)}</code>: {Html.Count(u.Leads)} leads</li>\n");
        }

        writer.Write("</ul>\n</div>\n");
    }
}
