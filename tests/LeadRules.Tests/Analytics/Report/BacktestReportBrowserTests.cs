using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Report;
using Microsoft.Playwright;
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

    private async Task RenderFileAsync(string file, string screenshot, params (string Chart, int Marks)[] charts)
    {
        var url = new Uri(file).AbsoluteUri;
        var page = await _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"{request.Url}: {request.Failure}");
        page.Request += (_, request) => requests.Add(request.Url);

        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        response.Should().NotBeNull();
        foreach (var (chart, marks) in charts)
        {
            var svg = page.Locator($"svg[data-chart='{chart}']");
            (await svg.CountAsync()).Should().Be(1, $"the page has one {chart} chart");
            (await svg.IsVisibleAsync()).Should().BeTrue($"the {chart} chart is visible");
            var box = await svg.BoundingBoxAsync();
            box.Should().NotBeNull($"the {chart} chart is laid out");
            box!.Width.Should().BeGreaterThan(0, $"the {chart} chart has a width");
            box.Height.Should().BeGreaterThan(0, $"the {chart} chart has a height");
            box.Width.Should().BeLessThanOrEqualTo(1100, $"the {chart} chart fits the window");
            (await svg.Locator("[data-mark]").CountAsync()).Should().Be(marks, $"the {chart} chart has one mark per bar");
        }

        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
            .Should().BeTrue("the page does not scroll sideways");
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", screenshot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"screenshot: {path}");
        await page.CloseAsync();

        errors.Should().BeEmpty("the page logs no errors and no request fails");
        requests.Should().Equal([url], "the page fetches nothing but itself");
    }
}
