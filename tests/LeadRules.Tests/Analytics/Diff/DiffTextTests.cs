using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using Xunit;

namespace LeadRules.Tests.Analytics.Diff;

public class DiffTextTests
{
    private static readonly string Text = Write(DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead))));

    [Fact]
    public void Write_HandWorkedCase_HeadlineAndSummary()
    {
        var lines = Text.Split('\n');

        lines[0].Should().Be($"Diff of rule set test 1.0.0 ({DiffCases.Rules.Stamp.Hash.Substring(0, 12)}) (new) against test 1.0.0 ({DiffCases.Against.Stamp.Hash.Substring(0, 12)}) (against) as of 2026-11-01T00:00:00Z");
        lines[1].Should().Be("7 leads scored by both; 0 could not be scored by one or both and are left out of every figure.");
        lines[2].Should().Be("4 leads (57.1%) change temperature; 1 move from marketing to sales, 1 from sales to marketing.");
    }

    [Fact]
    public void Write_HandWorkedCase_TransitionMatrixAligned()
    {
        Text.Should().Contain(string.Join("\n",
            "Temperature transitions (rows: under the rule set compared against; columns: under the new one)",
            "against \\ new  cold  warm  qualified  total",
            "cold              1     1          1      3",
            "warm              1     1          0      2",
            "qualified         1     0          1      2",
            "total             3     2          2      7"));
    }

    [Fact]
    public void Write_HandWorkedCase_StrategiesRulesAndMovedLeads()
    {
        Text.Should().Contain("seminar_invitation  marketing        0    2       2     0")
            .And.Contain("temperature  warm_referral               2         -          -2")
            .And.Contain("       4  E   qualified  cold                 -20          0  unsubscribed:-20")
            .And.NotContain("Backtests of both rule sets");
    }

    [Fact]
    public void Write_WithOutcomes_BothBacktestsSideBySide()
    {
        var leads = DiffCases.Leads();
        var result = RuleSetDiff.RunWithOutcomes(DiffCases.Rules, DiffCases.Against, leads.Select(l => (l, (bool?)(l.Id is "C" or "G"))), DiffCases.AsOf);

        Write(result).Should().Contain(string.Join("\n",
            "Backtests of both rule sets (leads whose outcome is known)",
            "figure                             against     new",
            "leads with an outcome                    7       7",
            "base rate                            28.6%   28.6%"))
            .And.Contain("qualified: conversion                50.0%  100.0%");
    }

    private static string Write(DiffResult result)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        DiffText.Write(result, writer);
        return writer.ToString();
    }
}
