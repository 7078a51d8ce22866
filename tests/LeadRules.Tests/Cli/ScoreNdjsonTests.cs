using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>leadrules score --format ndjson</c>: one JSON object per line, the shape an assessment serializes to; warnings counted.</summary>
public sealed class ScoreNdjsonTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2026-11-01T00:00:00Z");

    [Fact]
    public void Score_FormatNdjson_WritesWhatEachAssessmentSerializesToInInputOrder()
    {
        var result = CliProcess.Run("score --in samples/leads.ndjson --as-of 2026-11-01T00:00:00Z --format ndjson");

        result.ExitCode.Should().Be(0, result.Error);
        var scorer = new LeadScorer(RuleSet.Default);
        var expected = File.ReadLines(RepoPaths.Samples("leads.ndjson"))
            .Select(l => Load(JsonConvert.SerializeObject(scorer.Assess(LeadJsonReader.Parse(l).Lead!, AsOf)))).ToArray();
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Load).ToArray();
        rows.Should().HaveCount(expected.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            JToken.DeepEquals(rows[i], expected[i]).Should().BeTrue("row {0}: {1}\nmust equal\n{2}", i, rows[i], expected[i]);
        }
    }

    [Fact]
    public void Score_FormatNdjsonWithBadLinesAndIgnoredTypes_ErrorRowsKeepTheShapeAndWarningsAreCounted()
    {
        var stdin = "{\"id\":\"ok\",\"contactPoints\":[{\"type\":\"fax\"}]}\n{\"id\":\"bad\",\"contactPoints\":3}\n";

        var result = CliProcess.Run("score --in - --as-of 2026-11-01T00:00:00Z --format ndjson --unknown-types ignore", stdin);

        result.ExitCode.Should().Be(3, result.Error);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Load).ToArray();
        rows.Select(r => ((JObject)r).Properties().Select(p => p.Name)).Should().AllSatisfy(names => names.Should().Equal(
            "id", "asOf", "ruleSet", "temperature", "score", "owner", "temperatureRule", "recommendations", "reasons", "warnings", "error"));
        rows[0]["warnings"]!.Values<string>().Should().ContainSingle().Which.Should().Contain("'fax'");
        ((string?)rows[1]["id"]).Should().Be("bad");
        ((string?)rows[1]["error"]).Should().StartWith("line 2: contactPoints: must be an array");
        rows[1]["temperature"]!.Type.Should().Be(JTokenType.Null);
        result.Error.Should().Contain("warnings: 1 on 1 scored leads").And.Contain("  ok: ");
    }

    [Fact]
    public void Score_KeepWithNdjson_IsRefused()
    {
        var result = CliProcess.Run("score --in samples/leads.ndjson --format ndjson --keep a --mapping samples/bank-marketing/mapping.json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--keep adds columns to the CSV output; with --format ndjson, join on \"id\" instead.");
    }

    private static JToken Load(string json) => JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });
}
