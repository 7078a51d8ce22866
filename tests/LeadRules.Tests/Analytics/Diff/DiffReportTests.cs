using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Analytics.Diff;

public class DiffReportTests
{
    private static readonly DiffResult Result = DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead)));

    [Fact]
    public void WriteHtml_HandWorkedCase_NineTransitionMarksAndTwoPerStrategy()
    {
        var html = Write(Result);

        html.Should().StartWith("<!DOCTYPE html>").And.NotContain("<script").And.NotContain("http://").And.NotContain("https://");
        Marks(html, "transitions").Should().Be(9);
        Marks(html, "strategies").Should().Be(2 * Result.Strategies.Count);
        Regex.Matches(Chart(html, "transitions"), "text-anchor=\"end\">(cold|warm|qualified)</text>").Select(m => m.Groups[1].Value)
            .Should().Equal(new[] { "cold", "warm", "qualified" }, "each row is named by its temperature under the rule set compared against");
        html.Should().Contain("<td><code>E</code></td><td class=\"num\">4</td><td>qualified</td><td>cold</td><td class=\"num\">-20</td><td class=\"num\">0</td><td><code>unsubscribed:-20</code></td><td><em>none</em></td>")
            .And.Contain("<td><code>referral:10</code></td><td><code>referral:10</code></td>")
            .And.NotContain("id=\"backtests\"");
    }

    [Fact]
    public void WriteHtml_WithOutcomes_BacktestsSideBySide()
    {
        var leads = DiffCases.Leads();
        var result = RuleSetDiff.RunWithOutcomes(DiffCases.Rules, DiffCases.Against, leads.Select(l => (l, (bool?)(l.Id is "C" or "G"))), DiffCases.AsOf);

        Write(result).Should().Contain("id=\"backtests\"").And.Contain("<tr><td>qualified: conversion</td><td class=\"num\">50.0%");
    }

    [Fact]
    public void WriteHtml_NamesWithMarkup_Escaped()
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(scoring: """{ "RuleName": "<b>x</b>", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } }"""));
        var lead = new Lead("<i>", new[] { new ContactPoint("referral", DiffCases.AsOf.AddDays(-1)) });
        var result = RuleSetDiff.Run(rules, DiffCases.Against, new[] { lead }, DiffCases.AsOf);

        var html = Write(result);

        html.Should().NotContain("<b>x</b>").And.NotContain("<i>").And.Contain("&lt;b&gt;x&lt;/b&gt;");
    }

    [Fact]
    public void WriteHtml_SameResult_SameBytes()
    {
        Write(Result).Should().Be(Write(DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead)))));
    }

    private static int Marks(string html, string chart) => Regex.Matches(Chart(html, chart), "data-mark=").Count;

    private static string Chart(string html, string chart) => Regex.Match(html, $"<svg[^>]*data-chart=\"{chart}\".*?</svg>", RegexOptions.Singleline).Value;

    private static string Write(DiffResult result)
    {
        using var writer = new StringWriter();
        DiffReport.WriteHtml(result, writer);
        return writer.ToString();
    }
}
