using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using LeadRules.Leads;
using LeadRules.Tests.Analytics.Report;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace LeadRules.Tests.Analytics.Diff;

/// <summary>Opens diff reports in a real headless Chromium: the transition matrix and the strategies drawn with their marks, no errors, nothing fetched.</summary>
public sealed class DiffReportBrowserTests : IClassFixture<ChromiumFixture>, IClassFixture<BankMarketingDiffRun>, IDisposable
{
    private readonly ChromiumFixture _chromium;
    private readonly BankMarketingDiffRun _bank;
    private readonly ITestOutputHelper _output;
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-diff-report-").FullName;

    public DiffReportBrowserTests(ChromiumFixture chromium, BankMarketingDiffRun bank, ITestOutputHelper output)
    {
        _chromium = chromium;
        _bank = bank;
        _output = output;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task WriteHtml_HandWorkedCase_TransitionsAndStrategiesRender()
    {
        var result = DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead)));

        await RenderAsync(result, "diff-report.png", ("transitions", 9), ("strategies", 8));
    }

    [Fact]
    public async Task WriteHtml_ZeroLeads_RendersEveryChartWithoutErrors()
    {
        var result = RuleSetDiff.Run(DiffCases.Rules, DiffCases.Against, Array.Empty<Lead>(), DiffCases.AsOf);

        await RenderAsync(result, "diff-report-empty.png", ("transitions", 9), ("strategies", 8));
    }

    [Fact]
    public async Task Diff_BankMarketingReportFromTheCommandLine_TransitionsAndStrategiesRender()
    {
        await RenderFileAsync(_bank.ReportFile, "diff-report-bank-marketing.png", ("transitions", 9), ("strategies", 12));
    }

    private async Task RenderAsync(DiffResult result, string screenshot, params (string Chart, int Marks)[] charts)
    {
        var file = Path.Combine(_dir, "diff.html");
        using (var writer = new StreamWriter(file, append: false, new UTF8Encoding(false)))
        {
            DiffReport.WriteHtml(result, writer);
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
            box!.Width.Should().BeInRange(1, 1100, $"the {chart} chart has a width and fits the window");
            box.Height.Should().BeGreaterThan(0, $"the {chart} chart has a height");
            (await svg.Locator("[data-mark]").CountAsync()).Should().Be(marks, $"the {chart} chart has one mark per cell or bar");
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
