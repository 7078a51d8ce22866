using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Report;
using Xunit;
using Xunit.Abstractions;

namespace LeadRules.Tests.Analytics.Report;

/// <summary>Opens reports in a real headless Chromium: every chart drawn with its marks, no errors, nothing fetched; screenshots kept.</summary>
public sealed class BacktestReportBrowserTests : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-report-").FullName;

    public BacktestReportBrowserTests(ChromiumFixture chromium, ITestOutputHelper output)
    {
        _chromium = chromium;
        _output = output;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task WriteHtml_Realistic_EveryChartRendersWithItsMarks()
    {
        var result = BacktestResults.Realistic();

        await RenderAsync(result, "report.png", ("funnel", 3), ("score-distribution", 2 * result.ScoreDistribution.Count),
            ("deciles", 10), ("rule-lift", result.ScoringRules.Count), ("balance", 4));
    }

    [Fact]
    public async Task WriteHtml_TwoHundredRulesWithLongNames_RendersEveryRule()
    {
        var rules = Enumerable.Range(0, 200)
            .Select(i => BacktestResults.ScoringRule($"rule_{i:000}_{new string('w', i % 90)}", 50 + (i * 11), i % 25, i % 9 == 0 ? "gives points but converts below the base rate" : null))
            .ToList();

        await RenderAsync(BacktestResults.Realistic(rules, BacktestResults.DefaultStamp), "report-200-rules.png",
            ("funnel", 3), ("score-distribution", 24), ("deciles", 10), ("rule-lift", 200), ("balance", 4));
    }

    [Fact]
    public async Task WriteHtml_ZeroLeads_RendersEveryChartWithoutErrors()
    {
        await RenderAsync(BacktestResults.Empty(), "report-empty.png",
            ("funnel", 3), ("score-distribution", 0), ("deciles", 10), ("rule-lift", 1), ("balance", 4));
    }

    [Fact]
    public async Task Backtest_BankMarketingReportFromTheCommandLine_EveryChartRendersWithItsMarks()
    {
        var file = Path.Combine(_dir, "bank.html");
        var run = Cli.CliProcess.Run(
            $"backtest --in \"{RepoPaths.BankMarketing("bank-full.csv")}\" --mapping samples/bank-marketing/mapping.json " +
            $"--rules samples/bank-marketing/rules.json --as-of 2010-12-01T00:00:00Z --report \"{file}\"");
        run.ExitCode.Should().Be(0, run.Error);

        await RenderFileAsync(file, "report-bank-marketing.png", ("funnel", 3), ("score-distribution", 40), ("deciles", 10), ("rule-lift", 8), ("balance", 4));
    }

    private async Task RenderAsync(BacktestResult result, string screenshot, params (string Chart, int Marks)[] charts)
    {
        var file = Path.Combine(_dir, "report.html");
        using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false)))
        {
            BacktestReport.WriteHtml(result, writer);
        }

        await RenderFileAsync(file, screenshot, charts);
    }

    private Task RenderFileAsync(string file, string screenshot, params (string Chart, int Marks)[] charts) =>
        _chromium.RenderAsync(file, screenshot, _output, charts);
}
