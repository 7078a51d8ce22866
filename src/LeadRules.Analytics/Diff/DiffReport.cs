using System;
using System.IO;
using LeadRules.Analytics.Diff.Report;
using LeadRules.Analytics.Report;

namespace LeadRules.Analytics.Diff;

/// <summary>
/// Writes a rule-set diff as one self-contained HTML page: what changes for the leads when the new rule set replaces the
/// one compared against (the temperature transitions, the hand-offs, the strategies gained and lost, the rules that fire
/// differently, examples of moved leads) and, when outcomes were known, both backtests' headline figures side by side.
/// </summary>
/// <remarks>
/// Like <see cref="BacktestReport"/>, the page has no scripts and fetches nothing (inline CSS and SVG only); every name
/// from the rule files is HTML-escaped; the same result always gives the same bytes.
/// </remarks>
public static class DiffReport
{
    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="writer"/> as HTML (write it as UTF-8).</summary>
    /// <param name="result">The diff to report.</param>
    /// <param name="writer">Where the page goes; it is not closed.</param>
    public static void WriteHtml(DiffResult result, TextWriter writer)
    {
        if (result is null || writer is null)
        {
            throw new ArgumentNullException(result is null ? nameof(result) : nameof(writer));
        }

        var title = Html.Escape($"{result.RuleSet.Name} {result.RuleSet.Version} against {result.AgainstRuleSet.Name} {result.AgainstRuleSet.Version}");
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<title>Diff of {title}</title>\n<style>\n{ReportStyle.Css}{DiffStyle.Css}</style>\n</head>\n<body>\n<main>\n");
        DiffHeaderSection.Write(result, writer);
        TransitionsSection.Write(result, writer);
        StrategyChangesSection.Write(result, writer);
        DiffTablesSection.WriteRules(result, writer);
        DiffTablesSection.WriteMovedLeads(result, writer);
        if (result.Backtest is { } backtest && result.AgainstBacktest is { } against)
        {
            BacktestsSection.Write(backtest, against, writer);
        }

        writer.Write("<footer>&#8220;Against&#8221; is the rule set compared against, &#8220;new&#8221; the one that would replace it; ");
        writer.Write($"both scored the same leads as of the same time. Written by LeadRules.Analytics for {title}.</footer>\n");
        writer.Write("</main>\n</body>\n</html>\n");
    }
}
