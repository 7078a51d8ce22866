using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeadRules.Analytics.Diff;
using LeadRules.Leads;
using LeadRules.Tests.Analytics.Report;
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

    private Task RenderFileAsync(string file, string screenshot, params (string Chart, int Marks)[] charts) =>
        _chromium.RenderAsync(file, screenshot, _output, charts);
}
