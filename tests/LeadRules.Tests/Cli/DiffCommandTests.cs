using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Diff;
using LeadRules.Leads;
using LeadRules.Rules;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Cli;

public sealed class DiffCommandTests : IDisposable
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";
    private const string B2bAgainstDefault = "diff --rules rules/b2b-example.json --against rules/default.json --in samples/leads.ndjson " + AsOf;
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Diff_Text_TablesOnStdoutSummaryOnStderr()
    {
        var result = CliProcess.Run(B2bAgainstDefault);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("Diff of rule set b2b-example 0.1.0 (").And.Contain(") (new) against default 1.0.0 (")
            .And.Contain("50 leads scored by both; 0 could not be scored by one or both and are left out of every figure.")
            .And.Contain("Temperature transitions").And.Contain("Moved leads (the first 20 in input order whose temperature changed)");
        result.Error.Should().Contain("read 50 lines: 50 scored by both rule sets (0 with an outcome), 0 with errors");
    }

    [Fact]
    public void Diff_Json_ParsesBackToTheLibrarysResult()
    {
        var asOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        using var reader = new StreamReader(RepoPaths.Samples("leads.ndjson"));
        var expected = RuleSetDiff.Run(RuleSet.Load(RepoPaths.Rules("b2b-example.json")), RuleSet.Load(RepoPaths.Rules("default.json")),
            LeadJsonReader.ReadLines(reader).Select(l => l.Lead!).ToList(), asOf);

        var result = CliProcess.Run(B2bAgainstDefault + " --format json");

        result.ExitCode.Should().Be(0, result.Error);
        var json = JObject.Parse(result.Output);
        ((long)json["leads"]!, (long)json["moved"]!, (long)json["toSales"]!, (long)json["toMarketing"]!)
            .Should().Be((expected.Leads, expected.Moved, expected.ToSales, expected.ToMarketing));
        json["transitions"]!.Select(t => (long)t["leads"]!).Should().Equal(expected.Transitions.Select(t => t.Leads));
        json["strategies"]!.Select(s => ((string)s["strategy"]!, (long)s["gained"]!, (long)s["lost"]!))
            .Should().Equal(expected.Strategies.Select(s => (s.Strategy, s.Gained, s.Lost)));
        json["ruleChanges"]!.Select(r => (string)r["rule"]!).Should().Equal(expected.RuleChanges.Select(r => r.Rule));

        // The command line numbers leads by line (from 1), the library by index (from 0).
        json["movedLeads"]!.Select(m => ((string)m["id"]!, (long)m["position"]!)).Should().Equal(expected.MovedLeads.Select(m => (m.LeadId!, m.Position + 1)));
        json["backtest"]!.Type.Should().Be(JTokenType.Null);
    }

    [Fact]
    public void Diff_Report_WritesOneSelfContainedPage()
    {
        var report = Path.Combine(_dir, "diff.html");

        var result = CliProcess.Run($"{B2bAgainstDefault} --label role --positive decision_maker --report \"{report}\"");

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(report);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("data-chart=\"transitions\"").And.Contain("data-chart=\"strategies\"")
            .And.Contain("id=\"backtests\"").And.NotContain("<script");
        result.Output.Should().Contain("Backtests of both rule sets (leads whose outcome is known)");
    }

    [Fact]
    public void Diff_LeadsOneRuleSetCannotScore_Exit3CountedAsFailed()
    {
        var rules = Path.Combine(_dir, "webinar.json");
        File.WriteAllText(rules, File.ReadAllText(RepoPaths.Rules("default.json")).Replace("\"Workflows\"", "\"Vocabulary\": { \"ContactPointTypes\": { \"webinar\": \"direct\" } },\n  \"Workflows\""));
        var input = string.Join("\n",
            """{"id":"a","contactPoints":[{"type":"demo_request","at":"2026-10-30"}]}""",
            """{"id":"b","contactPoints":[{"type":"webinar","at":"2026-10-30"}]}""",
            "not json") + "\n";

        var result = CliProcess.Run($"diff --rules \"{rules}\" --against rules/default.json --in - --format json {AsOf}", input);

        result.ExitCode.Should().Be(3, result.Error);
        var json = JObject.Parse(result.Output);
        ((long)json["leads"]!, (long)json["failed"]!).Should().Be((1, 2));
        result.Error.Should().Contain("read 3 lines: 1 scored by both rule sets (0 with an outcome), 2 with errors")
            .And.Contain("line 2: ").And.Contain("(rule set compared against)").And.Contain("line 3: not valid JSON");
    }

    [Theory]
    [InlineData("--rules rules/default.json --in samples/leads.ndjson", "error: diff needs --against FILE, the rule set to compare with (usually the one in use); give --against.")]
    [InlineData("--against rules/default.json --in samples/leads.ndjson", "error: diff needs --rules FILE, the new rule set to try (the embedded default is not assumed); give --rules.")]
    [InlineData("--rules rules/default.json --against nope.json --in samples/leads.ndjson", "Rule set 'nope.json' was refused with 1 problem; fix each and load it again:")]
    [InlineData("--rules rules/leadmapping.schema.json --against rules/default.json --in samples/leads.ndjson", "Rule set 'rules/leadmapping.schema.json' was refused")]
    [InlineData("--rules rules/default.json --against rules/default.json --in nope.ndjson", "error: --in 'nope.ndjson' cannot be read:")]
    [InlineData("--rules rules/default.json --against rules/default.json --in samples/leads.ndjson --positive yes", "error: --positive names the values of the --label column that mean converted; give --label too.")]
    [InlineData("--rules rules/default.json --against rules/default.json --in samples/leads.ndjson --format xml", "'xml'")]
    [InlineData("--rules samples/bank-marketing/rules.json --against rules/default.json --in x.csv --mapping samples/bank-marketing/mapping.json",
        "error: the mapping names contact-point types the --against rule set 'rules/default.json' does not know:\nsamples/bank-marketing/mapping.json:11:38: 'campaign_call' is not a contact-point type")]
    [InlineData("--rules rules/default.json --against samples/bank-marketing/rules.json --in x.csv --mapping samples/bank-marketing/mapping.json",
        "samples/bank-marketing/mapping.json:11:38: 'campaign_call' is not a contact-point type of the rule set's vocabulary")]
    public void Diff_UnusableArguments_Exit2WithMessage(string arguments, string message)
    {
        var report = Path.Combine(_dir, "never.html");

        var result = CliProcess.Run($"diff {arguments} {AsOf} --report \"{report}\"");

        result.ExitCode.Should().Be(2, result.Error);
        result.Output.Should().BeEmpty();
        result.Error.ReplaceLineEndings("\n").Should().Contain(message);
        File.Exists(report).Should().BeFalse();
    }
}
