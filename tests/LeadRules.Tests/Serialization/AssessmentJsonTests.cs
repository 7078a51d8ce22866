using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Serialization;

/// <summary>An <see cref="Assessment"/> serializes with either JSON library, without setup, to the same documented shape.</summary>
public sealed class AssessmentJsonTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2026-11-01T00:00:00Z");

    public static TheoryData<int> SampleLines() => new() { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };

    [Theory]
    [MemberData(nameof(SampleLines))]
    public void Serialize_SampleLead_BothLibrariesWriteTheSameJsonCarryingEverythingTheAssessmentHolds(int line)
    {
        var text = File.ReadLines(RepoPaths.Samples("leads.ndjson")).ElementAt(line);
        var assessment = new LeadScorer(RuleSet.Default).Assess(LeadJsonReader.Parse(text).Lead!, AsOf);

        var system = System.Text.Json.JsonSerializer.Serialize(assessment);
        var newtonsoft = JsonConvert.SerializeObject(assessment);

        JToken.DeepEquals(Load(system), Load(newtonsoft)).Should().BeTrue("{0}\nmust equal\n{1}", system, newtonsoft);
        var json = (JObject)Load(system);
        ((string?)json["id"]).Should().Be(assessment.LeadId);
        ((string?)json["asOf"]).Should().Be("2026-11-01T00:00:00Z");
        ((string?)json["temperature"]).Should().Be(assessment.Temperature.ToName());
        ((double)json["score"]!).Should().Be(assessment.Score);
        ((string?)json["owner"]).Should().Be(assessment.Owner.ToName());
        ((string?)json["temperatureRule"]).Should().Be(assessment.TemperatureRule);
        ((JObject)json["ruleSet"]!).Properties().Select(p => (string?)p.Value).Should().Equal(assessment.RuleSet.Name, assessment.RuleSet.Version, assessment.RuleSet.Hash);
        json["reasons"]!.Select(r => ((string)r["rule"]!, (double)r["points"]!))
            .Should().Equal(assessment.Reasons.Select(r => (r.Rule, r.Points)));
        json["recommendations"]!.Select(r => ((string)r["strategy"]!, (string)r["owner"]!, (string)r["channel"]!, (int)r["priority"]!, (string)r["reason"]!))
            .Should().Equal(assessment.Recommendations.Select(r => (r.Strategy, r.Owner.ToName(), r.Channel, r.Priority, r.Reason)));
        json["warnings"]!.Values<string>().Should().Equal(assessment.Warnings);
        json["error"]!.Type.Should().Be(JTokenType.Null);
    }

    [Fact]
    public void Serialize_FailedAndWarnedAssessments_WriteNullsAndTheErrorWithoutThrowing()
    {
        var scorer = new LeadScorer(RuleSet.Default, new LeadScorerOptions { UnknownTypes = UnknownTypePolicy.Ignore });
        var failed = new LeadScorer(RuleSet.Default).Assess(new Lead("L-9", new[] { new ContactPoint("carrier_pigeon") }), AsOf);
        var warned = scorer.Assess(new Lead("L-10", new[] { new ContactPoint("carrier_pigeon") }), AsOf);

        var system = System.Text.Json.JsonSerializer.Serialize(new[] { failed, warned });
        var newtonsoft = JsonConvert.SerializeObject(new[] { failed, warned });

        JToken.DeepEquals(Load(system), Load(newtonsoft)).Should().BeTrue("{0}\nmust equal\n{1}", system, newtonsoft);
        var json = (JArray)Load(system);
        json[0]!["error"]!.Value<string>().Should().Be(failed.Error).And.NotBeNullOrEmpty();
        json[0]!["temperature"]!.Type.Should().Be(JTokenType.Null);
        json[0]!["score"]!.Type.Should().Be(JTokenType.Null);
        json[0]!["reasons"]!.Should().BeEmpty();
        json[1]!["warnings"]!.Values<string>().Should().Equal(warned.Warnings).And.NotBeEmpty();
    }

    [Fact]
    public void Deserialize_Assessment_IsRefusedWithAMessage()
    {
        var act = () => System.Text.Json.JsonSerializer.Deserialize<Assessment>("{}");

        act.Should().Throw<NotSupportedException>().WithMessage("An Assessment is written as JSON, not read back*");
    }

    private static JToken Load(string json) => JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });
}
