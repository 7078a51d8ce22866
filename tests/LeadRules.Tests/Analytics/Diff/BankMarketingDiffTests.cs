using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Analytics.Diff;

/// <summary>
/// <c>leadrules diff</c> on the real bank-marketing export through the sample mapping, with its label: the sample rules
/// against a copy whose warm window is a year instead of 180 days. Only cold leads can turn warm, and each side's figures
/// must agree with its own backtest.
/// </summary>
public sealed class BankMarketingDiffTests : IClassFixture<BankMarketingDiffRun>
{
    private readonly JObject _json;

    public BankMarketingDiffTests(BankMarketingDiffRun run) => _json = run.Json;

    [Fact]
    public void Diff_BankExportWithLabel_BothBacktestsOverEveryClient()
    {
        ((long)_json["leads"]!, (long)_json["failed"]!).Should().Be((45_211, 0));
        ((string)_json["ruleSet"]!["version"]!, (string)_json["againstRuleSet"]!["version"]!).Should().Be(("1.1.0", "1.0.0"));
        foreach (var side in new[] { "backtest", "againstBacktest" })
        {
            ((long)_json[side]!["leads"]!).Should().Be(45_211, side);
            ((long)_json[side]!["baseRate"]!["hits"]!).Should().Be(5_289, side);
        }

        ((string)_json["backtest"]!["ruleSet"]!["version"]!).Should().Be("1.1.0");
    }

    [Fact]
    public void Diff_WiderWarmWindow_OnlyColdTurnsWarm()
    {
        var cells = _json["transitions"]!.Select(t => ((string)t["from"]!, (string)t["to"]!, (long)t["leads"]!)).ToArray();
        var moved = (long)_json["moved"]!;

        cells.Where(c => c.Item1 != c.Item2 && c.Item3 > 0).Select(c => (c.Item1, c.Item2)).Should().Equal(("cold", "warm"));
        cells.Single(c => c.Item1 == "cold" && c.Item2 == "warm").Item3.Should().Be(moved).And.BeGreaterThan(0);
        ((long)_json["toSales"]!, (long)_json["toMarketing"]!).Should().Be((0, 0));
        _json["ruleChanges"]!.Select(r => ((string)r["rule"]!, (long)r["difference"]!)).Should().BeEquivalentTo(new[]
        {
            ("warm_recent_relationship", moved), ("cold_otherwise", -moved),
        });
        _json["movedLeads"]!.Should().HaveCount(20).And.OnlyContain(m => (string)m["againstTemperature"]! == "cold" && (string)m["temperature"]! == "warm");
    }

    [Fact]
    public void Diff_Transitions_AddUpToEachSidesBacktest()
    {
        var cells = _json["transitions"]!.Select(t => (long)t["leads"]!).ToArray();
        var rows = Enumerable.Range(0, 3).Select(r => cells.Skip(r * 3).Take(3).Sum());
        var columns = Enumerable.Range(0, 3).Select(c => cells.Where((_, i) => i % 3 == c).Sum());

        rows.Should().Equal(_json["againstBacktest"]!["temperatures"]!.Select(t => (long)t["leads"]!));
        columns.Should().Equal(_json["backtest"]!["temperatures"]!.Select(t => (long)t["leads"]!));
    }

    [Fact]
    public void Diff_Strategies_AgreeWithEachSidesBacktest()
    {
        foreach (var s in _json["strategies"]!)
        {
            var name = (string)s["strategy"]!;
            long Recommended(string side) => (long)_json[side]!["strategies"]!.Single(b => (string)b["strategy"]! == name)["recommended"]!;
            ((long)s["recommended"]!, (long)s["againstRecommended"]!).Should().Be((Recommended("backtest"), Recommended("againstBacktest")), name);
            ((long)s["recommended"]! - (long)s["againstRecommended"]!).Should().Be((long)s["gained"]! - (long)s["lost"]!, name);
        }

        _json["strategies"]!.Sum(s => (long)s["gained"]! + (long)s["lost"]!).Should().BeGreaterThan(0);
    }
}
