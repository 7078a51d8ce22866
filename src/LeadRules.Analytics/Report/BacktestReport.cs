using System;
using System.IO;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>
/// Writes a backtest as one self-contained HTML page for the people who own the leads: the verdict, the funnel, the score
/// distribution, the deciles, the lift of every scoring rule and the balance between marketing and sales, each chart an
/// inline SVG with a table of the exact figures under it.
/// </summary>
/// <remarks>
/// The page has no scripts and fetches nothing (inline CSS and SVG only), so it opens offline and can be mailed as is.
/// Every name from the rule file is HTML-escaped. The same result always gives the same bytes.
/// </remarks>
public static class BacktestReport
{
    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="writer"/> as HTML (write it as UTF-8).</summary>
    /// <param name="result">The backtest to report.</param>
    /// <param name="writer">Where the page goes; it is not closed.</param>
    public static void WriteHtml(BacktestResult result, TextWriter writer)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var stamp = Html.Escape($"{result.RuleSet.Name} {result.RuleSet.Version}");
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<title>Backtest of {stamp}</title>\n<style>\n{ReportStyle.Css}</style>\n</head>\n<body>\n<main>\n");
        HeaderSection.Write(result, writer);
        FunnelSection.Write(result, writer);
        ScoreDistributionSection.Write(result, writer);
        DecilesSection.Write(result, writer);
        RuleLiftSection.Write(result, writer);
        BalanceSection.Write(result, writer);
        writer.Write("<footer>Rates are conversion rates of the scored leads with their 95% Wilson intervals; the AUC interval ");
        writer.Write($"is Hanley and McNeil&#8217;s. Written by LeadRules.Analytics for rule set {stamp}.</footer>\n");
        writer.Write("</main>\n</body>\n</html>\n");
    }

    /// <summary>Opens a section with its heading and a one-line explanation.</summary>
    internal static void OpenSection(TextWriter writer, string id, string heading, string explanation) =>
        writer.Write($"<section id=\"{id}\">\n<h2>{heading}</h2>\n<p class=\"explain\">{explanation}</p>\n");

    /// <summary>Closes a section.</summary>
    internal static void CloseSection(TextWriter writer) => writer.Write("</section>\n");
}
