using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Recency;
using Xunit;

namespace LeadRules.Tests.Analytics.Backtest;

public class BacktestJsonTests
{
    private static readonly BacktestResult Result = BacktestTextTests.WithUndated(
        BacktestCases.Accumulate(BacktestCases.Leads().Append(BacktestCases.Failing)),
        new UndatedRecencyCount("scoring", "recent_intent", 45211));

    [Fact]
    public void Write_HandWorkedCase_TopLevelFieldsInOrder()
    {
        using var json = Parse(Result);

        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "ruleSet", "asOf", "leads", "failed", "baseRate", "conversionRisesWithTemperature", "temperatures", "owners", "auc",
            "deciles", "scoreDistribution", "scoringRules", "temperatureRules", "strategies", "workloads", "undatedRecency");
        var root = json.RootElement;
        root.GetProperty("ruleSet").GetProperty("name").GetString().Should().Be("test");
        root.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be("1.0.0");
        root.GetProperty("ruleSet").GetProperty("hash").GetString().Should().Be(BacktestCases.Rules.Stamp.Hash);
        root.GetProperty("asOf").GetDateTimeOffset().Should().Be(BacktestCases.AsOf);
        root.GetProperty("leads").GetInt64().Should().Be(6);
        root.GetProperty("failed").GetInt64().Should().Be(1);
        root.GetProperty("conversionRisesWithTemperature").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Write_HandWorkedCase_RatesAndSegmentsRoundTrip()
    {
        using var json = Parse(Result);
        var root = json.RootElement;

        ShouldMatch(root.GetProperty("baseRate"), Result.BaseRate);
        var temperatures = root.GetProperty("temperatures").EnumerateArray().ToArray();
        temperatures.Select(t => t.GetProperty("name").GetString()).Should().Equal("cold", "warm", "qualified");
        for (var i = 0; i < 3; i++)
        {
            temperatures[i].GetProperty("leads").GetInt64().Should().Be(Result.Temperatures[i].Leads);
            temperatures[i].GetProperty("share").GetDouble().Should().Be(Result.Temperatures[i].Share);
            temperatures[i].GetProperty("lift").GetDouble().Should().Be(Result.Temperatures[i].Lift);
            ShouldMatch(temperatures[i].GetProperty("conversion"), Result.Temperatures[i].Conversion);
        }

        root.GetProperty("owners").EnumerateArray().Select(o => (o.GetProperty("name").GetString(), o.GetProperty("leads").GetInt64())).Should().Equal(("marketing", 4L), ("sales", 2L));
        root.GetProperty("auc").GetProperty("value").GetDouble().Should().Be(Result.Auc.Value);
        root.GetProperty("auc").GetProperty("lower").GetDouble().Should().Be(Result.Auc.Lower);
        root.GetProperty("auc").GetProperty("upper").GetDouble().Should().Be(Result.Auc.Upper);
    }

    [Fact]
    public void Write_HandWorkedCase_NaNWrittenAsNull()
    {
        using var json = Parse(Result);
        var root = json.RootElement;

        var purchase = root.GetProperty("scoringRules")[2];
        purchase.GetProperty("rule").GetString().Should().Be("purchase");
        purchase.GetProperty("lift").ValueKind.Should().Be(JsonValueKind.Null);
        purchase.GetProperty("whenHeld").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        purchase.GetProperty("whenHeld").GetProperty("lower").ValueKind.Should().Be(JsonValueKind.Null);
        purchase.GetProperty("flag").GetString().Should().Be(ScoringRuleFlags.NeverHeld);
        var emptyDecile = root.GetProperty("deciles")[1];
        emptyDecile.GetProperty("number").GetInt32().Should().Be(2);
        emptyDecile.GetProperty("minScore").ValueKind.Should().Be(JsonValueKind.Null);
        emptyDecile.GetProperty("maxScore").ValueKind.Should().Be(JsonValueKind.Null);
        emptyDecile.GetProperty("lift").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Write_HandWorkedCase_RulesStrategiesWorkloadsAndUndatedFieldByField()
    {
        using var json = Parse(Result);
        var root = json.RootElement;

        root.GetProperty("scoringRules").EnumerateArray()
            .Select(r => (r.GetProperty("rule").GetString(), r.GetProperty("givesPoints").GetBoolean(), r.GetProperty("whenHeld").GetProperty("of").GetInt64(), r.GetProperty("whenNotHeld").GetProperty("hits").GetInt64(), r.GetProperty("flag").GetString()))
            .Should().Equal(
                ("referral", true, 3L, 2L, ScoringRuleFlags.GivesPointsConvertsBelowBase),
                ("unsubscribed", false, 1L, 2L, ScoringRuleFlags.SubtractsPointsConvertsAboveBase),
                ("purchase", true, 0L, 3L, ScoringRuleFlags.NeverHeld));
        root.GetProperty("temperatureRules").EnumerateArray()
            .Select(r => (r.GetProperty("rule").ValueKind == JsonValueKind.Null ? null : r.GetProperty("rule").GetString(), r.GetProperty("temperature").GetString(), r.GetProperty("conversion").GetProperty("of").GetInt64()))
            .Should().Equal(("qualified_demo", "qualified", 2L), ("warm_referral", "warm", 2L), (null, "cold", 2L));
        root.GetProperty("strategies").EnumerateArray()
            .Select(s => (s.GetProperty("strategy").GetString(), s.GetProperty("owner").GetString(), s.GetProperty("recommended").GetInt64()))
            .Should().Equal(("digital_ads", "marketing", 2L), ("warm_call", "sales", 2L), ("one_on_one_call", "sales", 2L));
        root.GetProperty("workloads").EnumerateArray()
            .Select(w => (w.GetProperty("owner").GetString(), w.GetProperty("leadsOwned").GetInt64(), w.GetProperty("strategiesDue").GetInt64()))
            .Should().Equal(("marketing", 4L, 2L), ("sales", 2L, 4L));
        root.GetProperty("undatedRecency").EnumerateArray()
            .Select(u => (u.GetProperty("workflow").GetString(), u.GetProperty("rule").GetString(), u.GetProperty("leads").GetInt64()))
            .Should().Equal(("scoring", "recent_intent", 45211L));
        root.GetProperty("deciles").GetArrayLength().Should().Be(10);
        var bins = root.GetProperty("scoreDistribution").EnumerateArray().ToArray();
        bins.Should().HaveCount(20);
        (bins[0].GetProperty("from").GetDouble(), bins[19].GetProperty("to").GetDouble()).Should().Be((-20, 10));
        bins.Sum(b => b.GetProperty("converted").GetInt64() + b.GetProperty("notConverted").GetInt64()).Should().Be(6);
    }

    private static void ShouldMatch(JsonElement element, Rate rate)
    {
        element.EnumerateObject().Select(p => p.Name).Should().Equal("hits", "of", "value", "lower", "upper");
        element.GetProperty("hits").GetInt64().Should().Be(rate.Hits);
        element.GetProperty("of").GetInt64().Should().Be(rate.Of);
        element.GetProperty("value").GetDouble().Should().Be(rate.Value);
        element.GetProperty("lower").GetDouble().Should().Be(rate.Lower);
        element.GetProperty("upper").GetDouble().Should().Be(rate.Upper);
    }

    private static JsonDocument Parse(BacktestResult result) => JsonDocument.Parse(BacktestAccumulatorTests.Json(result));
}
