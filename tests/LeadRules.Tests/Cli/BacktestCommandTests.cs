using System;
using System.IO;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Cli;

public sealed class BacktestCommandTests : IDisposable
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-backtest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Backtest_NdjsonWithAnAttributeLabel_CountsEveryLeadByItsOutcome()
    {
        var input = string.Join("\n",
            """{"id":"a","contactPoints":[{"type":"demo_request","at":"2026-10-30"},{"type":"website_visit","at":"2026-10-29"}],"attributes":{"won":"yes"}}""",
            """{"id":"b","contactPoints":[{"type":"website_visit","at":"2026-10-29"}],"attributes":{"won":"no"}}""",
            """{"id":"c","contactPoints":[{"type":"referral","at":"2026-10-20"}],"attributes":{"won":1}}""",
            """{"id":"d","contactPoints":[]}""",
            "not json") + "\n";

        var result = CliProcess.Run($"backtest --in - --label won --positive yes 1 --format json {AsOf}", input);

        result.ExitCode.Should().Be(3, result.Error);
        var json = JObject.Parse(result.Output);
        ((long)json["leads"]!).Should().Be(3);
        ((long)json["failed"]!).Should().Be(1);
        ((long)json["baseRate"]!["hits"]!).Should().Be(2);
        result.Error.Should().Contain("read 5 lines: 3 scored with an outcome, 1 with errors, 1 without an outcome (left out)")
            .And.Contain("line 5: not valid JSON");
    }

    [Fact]
    public void Backtest_Report_WritesOneSelfContainedPage()
    {
        var report = Path.Combine(_dir, "out.html");

        var result = CliProcess.Run($"backtest --in samples/leads.ndjson --label role --positive decision_maker {AsOf} --report \"{report}\"");

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(report);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("data-chart=\"funnel\"").And.NotContain("<script");
    }

    [Fact]
    public void Backtest_MappingWithoutLabelAndNoLabelFlag_Exit2SayingHowToGiveOutcomes()
    {
        var mapping = Path.Combine(_dir, "unlabelled.json");
        File.WriteAllText(mapping, """{ "ContactPoints": [ { "Column": "campaign", "Count": "campaign_call" } ] }""");

        var result = CliProcess.Run($"backtest --in \"{RepoPaths.BankMarketing("bank-full.csv")}\" --mapping \"{mapping}\" --rules samples/bank-marketing/rules.json {AsOf}");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain($"error: the mapping '{mapping}' has no Label, so the export's rows have no outcome")
            .And.Contain("--label COLUMN --positive VALUE...");
    }

    [Theory]
    [InlineData("--in samples/leads.ndjson", "error: a backtest needs outcomes: give --label ATTRIBUTE")]
    [InlineData("--in samples/leads.ndjson --positive yes", "error: --positive names the values of the --label column that mean converted; give --label too.")]
    [InlineData("--in samples/leads.ndjson --label x --format xml", "'xml'")]
    [InlineData("--in nope.ndjson --label x", "error: --in 'nope.ndjson' cannot be read:")]
    public void Backtest_UnusableArguments_Exit2WithMessage(string arguments, string message)
    {
        var result = CliProcess.Run($"backtest {arguments} {AsOf}");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain(message);
    }
}
