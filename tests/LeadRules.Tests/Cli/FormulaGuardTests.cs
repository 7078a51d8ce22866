using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
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
