using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Report;
using LeadRules.Recency;
using Xunit;

namespace LeadRules.Tests.Analytics.Report;

public sealed class BacktestReportTests
{
    private const string Hostile = "<script>alert('x')</script>";

    [Fact]
    public void WriteHtml_HostileNames_AreEscapedEverywhere()
    {
        var rules = new[] { BacktestResults.ScoringRule(Hostile, 500, 40, "flag with \"quotes\" & <b>tags</b>") };
        var stamp = new RuleSetStamp("<img src=x onerror=alert(1)>", "1.0.0\"><svg onload=alert(1)>", new string('a', 64));

        var html = Write(BacktestResults.Realistic(rules, stamp, [new UndatedRecencyCount("scoring", Hostile, 7)]));

        html.Should().NotContainAny("<script", "<img", "<b>", "<svg onload", "\"><svg");
        html.Should().Contain("<code>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</code>")
            .And.Contain("flag with &quot;quotes&quot; &amp; &lt;b&gt;tags&lt;/b&gt;")
            .And.Contain("<title>Backtest of &lt;img src=x onerror=alert(1)&gt; 1.0.0&quot;&gt;&lt;svg onload=alert(1)&gt;</title>")
            .And.Contain("<code>scoring/&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</code>: 7 leads");
    }

    [Theory]
    [InlineData("realistic")]
    [InlineData("empty")]
    public void WriteHtml_AnyResult_HasNoScriptAndFetchesNothing(string scenario)
    {
        var html = Write(scenario == "empty" ? BacktestResults.Empty() : BacktestResults.Realistic());

        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        foreach (var banned in new[] { "<script", "http://", "https://", "@import", "url(", " src=", " href=", "<link", "<img", "<iframe" })
        {
            html.Should().NotContainEquivalentOf(banned);
        }
    }

    [Fact]
    public void WriteHtml_ZeroLeads_ShowsNotAvailableInsteadOfNaN()
    {
        var html = Write(BacktestResults.Empty());

        html.Should().NotContain("NaN").And.NotContain("Infinity").And.NotContain("∞");
        html.Should().Contain("<span class=\"label\">Base rate</span><span class=\"value\">n/a</span><span class=\"note\">no leads</span>")
            .And.Contain("<span class=\"label\">AUC</span><span class=\"value\">n/a</span>")
            .And.Contain("No scored leads")
            .And.Contain("<td><code>referral</code></td><td>adds</td><td class=\"num\">0</td><td class=\"num\">n/a</td>")
            .And.Contain("never held")
            .And.Contain("Conversion rises cold &lt; warm &lt; qualified: no");
        Marks(html, "score-distribution").Should().Be(0);
        Marks(html, "deciles").Should().Be(10);
    }

    [Fact]
    public void WriteHtml_Realistic_OneMarkPerBarOfEveryChart()
    {
        var result = BacktestResults.Realistic();

        var html = Write(result);

        Marks(html, "funnel").Should().Be(3);
        Marks(html, "score-distribution").Should().Be(2 * result.ScoreDistribution.Count).And.Be(24);
        Marks(html, "deciles").Should().Be(10);
        Marks(html, "rule-lift").Should().Be(result.ScoringRules.Count).And.BeGreaterThan(20);
        Marks(html, "balance").Should().Be(4);
    }

    [Fact]
    public void WriteHtml_Realistic_ShowsStampFiguresAndVerdict()
    {
        var html = Write(BacktestResults.Realistic());

        html.Should().Contain($"<h1>default <span class=\"version\">{BacktestResults.DefaultStamp.Version}</span></h1>")
            .And.Contain($"<code title=\"{BacktestResults.DefaultStamp.Hash}\">{BacktestResults.DefaultStamp.Hash[..12]}</code>")
            .And.Contain("<time>2026-11-01T00:00:00Z</time>")
            .And.Contain("<span class=\"label\">Leads scored</span><span class=\"value\">12,000</span>")
            .And.Contain("<span class=\"value\">4.5%</span><span class=\"note\">540 of 12,000 converted; 95%: 4.1&#8211;4.9%</span>")
            .And.Contain("<span class=\"value\">0.78</span><span class=\"note\">95%: 0.76&#8211;0.80; 0.50 = no better than chance</span>")
            .And.Contain("data-verdict=\"yes\"><strong>Conversion rises cold &lt; warm &lt; qualified: yes</strong>")
            .And.Contain("cold 1.5% &lt; warm 5.5% &lt; qualified 19.5%")
            .And.Contain("<tr class=\"flagged\"><td><code>newsletter_signup</code></td>")
            .And.NotContain("data-warning");
    }

    [Fact]
    public void WriteHtml_UndatedContactPoints_WarnsNamingRuleAndLeads()
    {
        var undated = new[] { new UndatedRecencyCount("scoring", "pricing_views", 1_234), new UndatedRecencyCount("temperature", "qualified_recent_intent", 0) };

        var html = Write(BacktestResults.Realistic(BacktestResults.DefaultScoringRules(), BacktestResults.DefaultStamp, undated));

        html.Should().Contain("data-warning=\"undated-recency\"")
            .And.Contain("<li><code>scoring/pricing_views</code>: 1,234 leads</li>")
            .And.NotContain("qualified_recent_intent</code>: 0 leads");
    }

    [Fact]
    public void WriteHtml_GermanCulture_SameBytesAsInvariant()
    {
        var invariant = Write(BacktestResults.Realistic());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Write(BacktestResults.Realistic()).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WriteHtml_TwoHundredLongNames_TruncatedInChartWholeInTable()
    {
        var name = new string('x', 150) + "-end";
        var rules = Enumerable.Range(0, 200).Select(i => BacktestResults.ScoringRule($"{i:000}-{name}", 100 + i, i % 20, i % 7 == 0 ? "gives points but converts below the base rate" : null)).ToList();

        var html = Write(BacktestResults.Realistic(rules, BacktestResults.DefaultStamp));

        Marks(html, "rule-lift").Should().Be(200);
        html.Should().Contain($"<td><code>199-{name}</code></td>").And.Contain($">199-{new string('x', 35)}&#8230;</text>");
    }

    [Fact]
    public void WriteHtml_NullArguments_Throw()
    {
        var result = BacktestResults.Realistic();

        FluentActions.Invoking(() => BacktestReport.WriteHtml(null!, TextWriter.Null)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => BacktestReport.WriteHtml(result, null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }

    internal static string Write(BacktestResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        BacktestReport.WriteHtml(result, writer);
        return writer.ToString();
    }

    private static int Marks(string html, string chart)
    {
        var svg = Regex.Match(html, $"<svg class=\"chart\" data-chart=\"{chart}\".*?</svg>", RegexOptions.Singleline);
        svg.Success.Should().BeTrue($"the page has a chart named {chart}");
        return Regex.Matches(svg.Value, "data-mark=").Count;
    }
}
