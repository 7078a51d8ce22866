using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Recency;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest;

public class BacktestTextTests
{
    [Fact]
    public void Write_HandWorkedCase_HeaderBaseRateAndVerdictNo()
    {
        var lines = Lines(BacktestCases.Accumulate(BacktestCases.Leads().Append(BacktestCases.Failing)));

        lines[0].Should().Be($"Backtest of rule set test 1.0.0 ({BacktestCases.Rules.Stamp.Hash.Substring(0, 12)}) as of 2026-11-01T00:00:00Z");
        lines[1].Should().Be("6 leads scored; 1 could not be scored and are left out of every figure.");
        lines[2].Should().Be("Base rate: 50.0% converted (3 of 6; 95% interval 18.8% to 81.2%)");
        lines.Should().Contain("Conversion rises cold < warm < qualified: no (cold 50.0%, warm 0.0%, qualified 100.0%)");
    }

    [Fact]
    public void Write_RisingLabels_VerdictYesWithTheRatesInOrder()
    {
        Lines(BacktestCases.Accumulate(BacktestCases.Leads(risingLabels: true)))
            .Should().Contain("Conversion rises cold < warm < qualified: yes (cold 0.0% < warm 50.0% < qualified 100.0%)");
    }

    [Fact]
    public void Write_OnlyOneTemperatureHoldsLeads_VerdictNoSaysWhy()
    {
        Lines(BacktestCases.Accumulate(BacktestCases.Leads().Take(2)))
            .Should().Contain("Conversion rises cold < warm < qualified: no (only warm 0.0% holds leads)");
    }

    [Fact]
    public void Write_HandWorkedCase_TemperatureTableAligned()
    {
        var lines = Lines(BacktestCases.Accumulate(BacktestCases.Leads()));
        var at = Array.IndexOf(lines, "By temperature");

        lines.Skip(at + 1).Take(4).Should().Equal(
            "temperature  leads  share  converted  conversion     95% interval   lift",
            "cold             2  33.3%          1       50.0%    9.5% to 90.5%  1.00x",
            "warm             2  33.3%          0        0.0%    0.0% to 65.8%  0.00x",
            "qualified        2  33.3%          2      100.0%  34.2% to 100.0%  2.00x");
    }

    [Fact]
    public void Write_HandWorkedCase_FlaggedRulesMarked()
    {
        var lines = Lines(BacktestCases.Accumulate(BacktestCases.Leads()));

        lines.Should().ContainSingle(l => l.StartsWith("!  referral ", StringComparison.Ordinal) && l.EndsWith("  gives points but converts below the base rate", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("!  unsubscribed ", StringComparison.Ordinal) && l.EndsWith("  subtracts points but converts above the base rate", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("!  purchase ", StringComparison.Ordinal) && l.Contains(" n/a ", StringComparison.Ordinal) && l.EndsWith("  never held", StringComparison.Ordinal));
        BacktestCases.Accumulate(BacktestCases.Leads(risingLabels: true)).ScoringRules.Count(r => r.Flag is not null).Should().Be(1);
    }

    [Fact]
    public void Write_HandWorkedCase_BalanceLineAucAndNoRuleHeldRow()
    {
        var lines = Lines(BacktestCases.Accumulate(BacktestCases.Leads()));

        lines.Should().Contain("Balance: marketing owns 4 leads and has 2 strategies due; sales owns 2 leads and has 4 strategies due");
        lines.Should().ContainSingle(l => l.StartsWith("AUC 0.278 (95% interval ", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("(no rule held)  cold ", StringComparison.Ordinal));
        lines.Should().NotContain("Undated contact points");
    }

    [Fact]
    public void Write_UndatedRecency_WarnsPerRuleWithLeads()
    {
        var result = WithUndated(BacktestCases.Accumulate(BacktestCases.Leads()), new UndatedRecencyCount("scoring", "recent_intent", 45211), new UndatedRecencyCount("temperature", "dated_ok", 0));

        var lines = Lines(result);

        lines.Should().Contain("Undated contact points");
        lines.Should().Contain("scoring/recent_intent: 45,211 leads have no dated contact points of the types this rule asks the age of, so this rule could not fire for them; give the points a date or an age (a mapping's \"Time\", or \"at\" in NDJSON).");
        lines.Should().NotContain(l => l.Contains("dated_ok", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_NoLeads_UndefinedFiguresAsNotAvailable()
    {
        var lines = Lines(new BacktestAccumulator(BacktestCases.Rules, BacktestCases.AsOf).ToResult());

        lines[2].Should().Be("Base rate: n/a converted (0 of 0; 95% interval n/a)");
        lines.Should().Contain("Conversion rises cold < warm < qualified: no (no leads were scored)");
        lines.Should().Contain("AUC: n/a (it needs both converted leads and leads that did not convert)");
    }

    internal static BacktestResult WithUndated(BacktestResult r, params UndatedRecencyCount[] undated) => new(
        r.RuleSet, r.AsOf, r.Failed, r.BaseRate, r.Temperatures, r.Owners, r.Auc, r.Deciles, r.ScoreDistribution, r.ScoringRules,
        r.TemperatureRules, r.Strategies, r.Workloads, undated, r.ConversionRisesWithTemperature);

    private static string[] Lines(BacktestResult result)
    {
        using var writer = new StringWriter();
        BacktestText.Write(result, writer);
        return writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
