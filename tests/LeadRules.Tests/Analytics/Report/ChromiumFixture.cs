using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace LeadRules.Tests.Analytics.Report;

/// <summary>
/// One headless Chromium for the report's browser tests: the system's <c>chromium</c> from PATH (Playwright does not
/// download browsers here). Without it the tests fail, saying how to install it.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        var chromium = FindOnPath("chromium")
            ?? throw new InvalidOperationException(
                "The report's browser tests need Chromium, and no 'chromium' is on PATH: run `apt-get install -y chromium` (as root), then run the tests again.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>
    /// Opens <paramref name="file"/> and asserts that each chart is drawn, laid out inside the window, with its number of
    /// marks; that the page does not scroll sideways, logs no error and fetches nothing but itself. Keeps a screenshot.
    /// </summary>
    public async Task RenderAsync(string file, string screenshot, ITestOutputHelper output, params (string Chart, int Marks)[] charts)
    {
        var url = new Uri(file).AbsoluteUri;
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
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
        output.WriteLine($"screenshot: {path}");
        await page.CloseAsync();

        errors.Should().BeEmpty("the page logs no errors and no request fails");
        requests.Should().Equal([url], "the page fetches nothing but itself");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
