using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Analytics.Diff;

public class DiffJsonTests
{
    [Fact]
    public void Write_HandWorkedCase_EveryFieldInCamelCase()
    {
        var json = Write(DiffCases.Accumulate(DiffCases.Leads().Select((lead, i) => ((long)i, lead))));

        json.Properties().Select(p => p.Name).Should().Equal("ruleSet", "againstRuleSet", "asOf", "leads", "failed", "moved", "toSales",
            "toMarketing", "transitions", "strategies", "ruleChanges", "rulesDiffering", "movedLeads", "backtest", "againstBacktest");
        ((string)json["ruleSet"]!["hash"]!).Should().Be(DiffCases.Rules.Stamp.Hash);
        ((long)json["moved"]!, (long)json["toSales"]!, (long)json["toMarketing"]!).Should().Be((4, 1, 1));
        json["transitions"]!.Select(t => (long)t["leads"]!).Should().Equal(1, 1, 1, 1, 1, 0, 1, 0, 1);
        json["transitions"]![1]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"from":"cold","to":"warm","leads":1}""");
        json["ruleChanges"]![0]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"workflow":"scoring","rule":"website","held":2,"againstHeld":null,"difference":2}""");
        json["movedLeads"]![2]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be(
            """{"position":4,"id":"E","temperature":"cold","againstTemperature":"qualified","score":0,"againstScore":-20,"reasons":[],"againstReasons":[{"rule":"unsubscribed","points":-20}]}""");
        json["backtest"]!.Type.Should().Be(JTokenType.Null);
    }

    [Fact]
    public void Write_WithOutcomes_BothBacktestsNested()
    {
        var leads = DiffCases.Leads();
        var result = RuleSetDiff.RunWithOutcomes(DiffCases.Rules, DiffCases.Against, leads.Select(l => (l, (bool?)(l.Id is "C" or "G"))), DiffCases.AsOf);

        var json = Write(result);

        ((string)json["backtest"]!["ruleSet"]!["hash"]!).Should().Be(DiffCases.Rules.Stamp.Hash);
        ((string)json["againstBacktest"]!["ruleSet"]!["hash"]!).Should().Be(DiffCases.Against.Stamp.Hash);
        ((long)json["backtest"]!["temperatures"]![2]!["conversion"]!["hits"]!).Should().Be(2);
        ((long)json["againstBacktest"]!["temperatures"]![2]!["conversion"]!["hits"]!).Should().Be(1);
    }

    private static JObject Write(DiffResult result)
    {
        using var writer = new StringWriter();
        DiffJson.Write(result, writer);
        return JObject.Parse(writer.ToString());
    }
}
