using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>Text cells a spreadsheet would run as formulas are neutralised in <c>score</c>'s CSV, unless asked not to.</summary>
public sealed class FormulaGuardTests
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";

    private static readonly string Hostile = string.Join("\n",
        "{\"id\":\"=HYPERLINK(\\\"http://example.test\\\",\\\"open\\\")\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-10-01\"}]}",
        "{\"id\":\"+1+1\",\"contactPoints\":[{\"type\":\"demo_request\",\"at\":\"2026-10-30\"}]}",
        "{\"id\":\"-2+3\",\"contactPoints\":[{\"type\":\"referral\"}]}",
        "{\"id\":\"@SUM(A1)\",\"contactPoints\":\"referral\"}",
        "{\"id\":\"\\tTAB\",\"contactPoints\":[]}",
        "{\"id\":\"-7\",\"contactPoints\":[]}",
        "{\"id\":\"plain\",\"contactPoints\":[]}") + "\n";

    [Fact]
    public void Score_HostileIds_NoCellAsASpreadsheetReadsItStartsAFormulaAndEveryRowIsThere()
    {
        var result = CliProcess.Run($"score --in - {AsOf}", Hostile);

        result.ExitCode.Should().Be(3, result.Error);
        var rows = Read(result.Output);
        rows.Should().HaveCount(7);
        rows.Select(r => r[0]).Should().Equal("'=HYPERLINK(\"http://example.test\",\"open\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB", "-7", "plain");
        rows.SelectMany(r => r).Where(RunsAsFormula).Should().BeEmpty();
        rows[3][6].Should().StartWith("line 4: contactPoints");
        result.Error.Should().Contain("scored 6 of 7 leads (1 with errors)");
    }

    [Fact]
    public void Score_NoFormulaGuard_WritesTextCellsAsTheyAre()
    {
        var result = CliProcess.Run($"score --in - {AsOf} --no-formula-guard", Hostile);

        result.ExitCode.Should().Be(3, result.Error);
        Read(result.Output).Select(r => r[0]).Should().Equal("=HYPERLINK(\"http://example.test\",\"open\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "-7", "plain");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Score_RuleNamesThatStartAFormulaOrNeedQuotes_ReasonsCellsHoldTheLibrarysReasons(bool guard)
    {
        var rules = Path.Combine(Path.GetTempPath(), $"leadrules-reason-names-{Guid.NewGuid():N}.json");
        File.WriteAllText(rules, File.ReadAllText(RepoPaths.Rules("default.json"))
            .Replace("\"RuleName\": \"referral\"", "\"RuleName\": \"=referral\"", StringComparison.Ordinal)
            .Replace("\"RuleName\": \"email_clicks\"", "\"RuleName\": \"email, \\\"clicks\\\"\"", StringComparison.Ordinal));
        try
        {
            var result = CliProcess.Run($"score --in \"{RepoPaths.Samples("leads.ndjson")}\" --rules \"{rules}\" {AsOf}{(guard ? string.Empty : " --no-formula-guard")}");

            result.ExitCode.Should().Be(0, result.Error);
            var scorer = new LeadScorer(RuleSet.Load(rules));
            var asOf = DateTimeOffset.Parse("2026-11-01T00:00:00Z", CultureInfo.InvariantCulture);
            var expected = File.ReadLines(RepoPaths.Samples("leads.ndjson"))
                .Select(line => string.Join(";", scorer.Assess(LeadJsonReader.Parse(line).Lead!, asOf).Reasons))
                .Select(cell => guard && cell.StartsWith('=') ? "'" + cell : cell)
                .ToList();
            expected.Should().Contain(cell => cell.StartsWith(guard ? "'=referral:" : "=referral:", StringComparison.Ordinal))
                .And.Contain(cell => cell.Contains("email, \"clicks\":", StringComparison.Ordinal) && !cell.Contains("referral", StringComparison.Ordinal));
            Read(result.Output).Select(row => row[5]).Should().Equal(expected);
        }
        finally
        {
            File.Delete(rules);
        }
    }

    /// <summary>Whether a spreadsheet would take the cell for a formula: it starts with = + - @, a tab or a carriage return and is no number.</summary>
    private static bool RunsAsFormula(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>The data rows as a spreadsheet import would read them, after checking the header.</summary>
    private static List<string[]> Read(string csvText)
    {
        using var csv = global::CsvHelper.CsvReader.Create(new StringReader(csvText), new global::CsvHelper.CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true });
        csv.Headers.ToArray().Should().Equal("id", "temperature", "score", "owner", "strategies", "reasons", "error");
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        return rows;
    }
}
