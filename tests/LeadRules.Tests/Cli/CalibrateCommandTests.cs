using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>leadrules calibrate</c> on the real bank-marketing export, then the written file through validate, backtest and diff.</summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private const string Bank = "--mapping samples/bank-marketing/mapping.json --as-of 2010-12-01T00:00:00Z";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-calibrate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Calibrate_BankExport_WritesARuleFileThatValidatesBacktestsBetterAndDiffsAgainstTheBase()
    {
        var calibrated = Path.Combine(_dir, "calibrated.json");

        var run = CliProcess.Run($"calibrate --in {Export} {Bank} --rules samples/bank-marketing/rules.json --seed 7 --out \"{calibrated}\"");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("On the holdout").And.Contain("Ceiling: a plain logistic regression");
        File.ReadAllText(calibrated).Should().Contain("\"Version\": \"1.1.0\"").And.Contain("// ");
        CliProcess.Run($"validate --rules \"{calibrated}\"").ExitCode.Should().Be(0);
        Auc(calibrated).Should().BeGreaterThan(Auc("samples/bank-marketing/rules.json"));
        var diff = CliProcess.Run($"diff --rules \"{calibrated}\" --against samples/bank-marketing/rules.json --in {Export} {Bank}");
        diff.ExitCode.Should().Be(0, diff.Error);
        diff.Output.Should().Contain("cold");
    }

    [Fact]
    public void Calibrate_SameSeedTwice_WritesTheSameBytes()
    {
        var first = Path.Combine(_dir, "first.json");
        var second = Path.Combine(_dir, "second.json");

        CliProcess.Run($"calibrate --in {Export} {Bank} --rules samples/bank-marketing/rules.json --out \"{first}\"").ExitCode.Should().Be(0);
        CliProcess.Run($"calibrate --in {Export} {Bank} --rules samples/bank-marketing/rules.json --out \"{second}\"").ExitCode.Should().Be(0);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [Theory]
    [InlineData("--in samples/leads.ndjson --out OUT", "error: calibrating needs outcomes: give --label ATTRIBUTE")]
    [InlineData("--in samples/leads.ndjson --label role --holdout 1.5 --out OUT", "error: --holdout must be a share between 0 and 1 (not 0 or 1), such as 0.3; got 1.5.")]
    [InlineData("--in samples/leads.ndjson --positive yes --out OUT", "error: --positive names the values of the --label column that mean converted; give --label too.")]
    [InlineData("--in samples/leads.ndjson --label role --positive decision_maker --out OUT", "error: No rule earned points on ")]
    [InlineData("--in samples/leads.ndjson --label role", "--out")]
    [InlineData("--in samples/leads.ndjson --label role --out samples/leads.ndjson", "error: --out 'samples/leads.ndjson' is the --in file; writing it would destroy the input.")]
    public void Calibrate_UnusableArguments_Exit2WithMessageAndNoFile(string arguments, string message)
    {
        var output = Path.Combine(_dir, "out.json");

        var result = CliProcess.Run("calibrate " + arguments.Replace("OUT", $"\"{output}\"", StringComparison.Ordinal));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Calibrate_LeadsThatCannotBeScored_CountedAsErrorsAndExit3()
    {
        var input = Path.Combine(_dir, "leads.ndjson");
        var good = Enumerable.Range(0, 3000).Select(i =>
            "{\"id\":\"L" + i + "\",\"contactPoints\":[{\"type\":\"" + (i % 3 == 0 ? "referral" : "website_visit") + "\",\"at\":\"2026-10-01T00:00:00Z\"}],"
            + "\"attributes\":{\"won\":\"" + ((i % 3 == 0 && i % 5 != 0) || i % 11 == 0 ? "yes" : "no") + "\"}}");
        var bad = Enumerable.Range(0, 40).Select(i => "{\"id\":\"B" + i + "\",\"contactPoints\":[{\"type\":\"fax_sent\"}],\"attributes\":{\"won\":\"no\"}}");
        File.WriteAllLines(input, good.Concat(bad));
        var output = Path.Combine(_dir, "out.json");

        var result = CliProcess.Run($"calibrate --in \"{input}\" --label won --as-of 2026-11-01T00:00:00Z --out \"{output}\"");

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().Contain("read 3040 lines: 3000 used, 40 with errors");
        File.Exists(output).Should().BeTrue();
    }

    private static string Export => $"\"{RepoPaths.BankMarketing("bank-full.csv")}\"";

    private static double Auc(string rules)
    {
        var result = CliProcess.Run($"backtest --in {Export} {Bank} --rules \"{rules}\" --format json");
        result.ExitCode.Should().Be(0, result.Error);
        return (double)JObject.Parse(result.Output)["auc"]!["value"]!;
    }
}
