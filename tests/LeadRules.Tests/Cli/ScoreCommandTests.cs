using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

public sealed class ScoreCommandTests : IDisposable
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Score_Samples_OneRowPerLeadInOrderAndFunnelOnStderr()
    {
        var output = Path.Combine(_dir, "scores.csv");

        var result = CliProcess.Run($"score --in samples/leads.ndjson {AsOf} --out \"{output}\"");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = File.ReadAllLines(output);
        rows[0].Should().Be("id,temperature,score,owner,strategies,reasons,error");
        var ids = File.ReadLines(RepoPaths.Samples("leads.ndjson"))
            .Select(l => Newtonsoft.Json.Linq.JObject.Parse(l)["id"]!.ToString());
        rows.Skip(1).Select(r => r.Split(',')[0]).Should().Equal(ids);
        rows.Skip(1).Select(r => r.Split(',')[1]).Distinct().Should().BeEquivalentTo(new[] { "cold", "warm", "qualified" });
        result.Error.Should().Contain("scored 50 of 50 leads (0 with errors) as of 2026-11-01T00:00:00Z with default 1.0.0")
            .And.MatchRegex(@"qualified\s+\d+\s+\d+\.\d%").And.MatchRegex(@"owner sales\s+\d+");
    }

    [Fact]
    public void Score_ReferenceAndCompiledEngines_WriteByteIdenticalCsv()
    {
        var compiled = CliProcess.Run($"score --in samples/leads.ndjson {AsOf} --engine compiled");
        var reference = CliProcess.Run($"score --in samples/leads.ndjson {AsOf} --engine reference");

        compiled.ExitCode.Should().Be(0, compiled.Error);
        reference.ExitCode.Should().Be(0, reference.Error);
        reference.Output.Should().Be(compiled.Output);
    }

    [Fact]
    public void Score_BadLinesFromStdin_RowPerLineWithLineNumbersAndExit3()
    {
        var input = string.Join("\n",
            "{\"id\":\"ok\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-10-01\"}]}",
            "",
            "{\"id\":\"bad-time\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"yesterday\"}]}",
            "not json",
            "{\"id\":\"unknown\",\"contactPoints\":[{\"type\":\"fax\"}]}") + "\n";

        var result = CliProcess.Run($"score --in - {AsOf}", input);

        result.ExitCode.Should().Be(3);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "id,temperature,score,owner,strategies,reasons,error",
            "ok,warm,13.31,marketing,personal_follow_up_email;seminar_invitation;sales_letter,referral:13.31,",
            "bad-time,,,,,,line 3: contactPoints[0].at: 'yesterday' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.",
            ",,,,,,line 4: not valid JSON at character 1: unexpected 'not'.",
            "unknown,,,,,,\"line 5: contactPoints[0].type: 'fax' is not a contact-point type of the rule set; fix the type, add it to the rule set's Vocabulary, or let unknown types be ignored (UnknownTypes = Ignore).\"");
        result.Error.Should().Contain("scored 1 of 4 leads (3 with errors)").And.Contain("skipped 1 blank lines (no row)");
    }

    [Fact]
    public void Score_HostileInput_ExactlyOneRowPerNonBlankLineNamingItsLine()
    {
        var lines = new[]
        {
            "{\"id\":\"a\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-10-01\"}]}",
            "",
            "   ",
            "{\"id\":\"b\",",
            "[1,2,3]",
            "{\"id\":\"c\",\"contactPoints\":\"referral\"}",
            "{\"id\":\"d\",\"attributes\":{\"x\":NaN}}",
            "{\"id\":\"e\",\"attributes\":{\"x\":Infinity}}",
            "{\"id\":\"f\",\"contactPoints\":[{\"type\":\"referral\",\"count\":99999999999999999999999}]}",
            "{\"id\":\"g\",\"attributes\":{\"x\":1e400}}",
            "{\"id\":\"h\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"9999-12-31T23:59:59Z\"}]}",
            "{\"id\":\"i\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"0001-01-01T00:00:00Z\"}]}",
            "{\"id\":\"a\",\"contactPoints\":[]}",
            "{\"id\":\"j\",\"attributes\":{\"name\":\"\u00ff\ufffd\"}}",
        };
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n").ToList();
        bytes.AddRange(new byte[] { 0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a }); // {"id":"<invalid UTF-8>"}
        var input = Path.Combine(_dir, "hostile.ndjson");
        File.WriteAllBytes(input, bytes.ToArray());

        var result = CliProcess.Run($"score --in \"{input}\" {AsOf}");

        result.ExitCode.Should().Be(3);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        // The two blank lines (2 and 3) get no row and are counted; every other line gets exactly one.
        var numbers = Enumerable.Range(1, lines.Length + 1).Except(new[] { 2, 3 }).ToArray();
        rows.Should().HaveCount(numbers.Length);
        result.Error.Should().Contain("skipped 2 blank lines (no row)");
        rows.Select(r => r.Split(',')[0]).Should().Equal("a", "", "", "c", "d", "e", "f", "g", "h", "i", "a", "j", "\ufffd\ufffd");
        foreach (var (row, number) in rows.Select((r, i) => (r, numbers[i])).Where(x => x.r.Split(',')[1].Length == 0))
        {
            row.Should().Contain($"line {number}: ");
        }

        rows[8].Should().StartWith("h,cold,0,", "a contact point after the as-of time is not seen");
        rows[9].Should().StartWith("i,warm,0,", "a contact point from year 1 has faded to nothing");
    }

    [Fact]
    public void Score_UnknownTypesIgnored_ScoresTheLead()
    {
        var result = CliProcess.Run($"score --in - {AsOf} --unknown-types ignore", "{\"id\":\"u\",\"contactPoints\":[{\"type\":\"fax\"}]}\n");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\nu,cold,0,marketing,");
    }

    [Fact]
    public void Score_BrokenRules_Exit2ListsEveryProblemAndWritesNoOutput()
    {
        var rules = Path.Combine(_dir, "broken.json");
        File.WriteAllText(rules, File.ReadAllText(RepoPaths.Rules("default.json"))
            .Replace("lead.Count(\\\"referral\\\") > 0", "lead.Count(\\\"referal\\\") > 0")
            .Replace("\"RuleName\": \"digital_ads\"", "\"RuleName\": \"digital_adz\""));
        var output = Path.Combine(_dir, "out.csv");

        var result = CliProcess.Run($"score --in samples/leads.ndjson --rules \"{rules}\" --out \"{output}\"");

        result.ExitCode.Should().Be(2);
        File.Exists(output).Should().BeFalse();
        result.Error.Should().Contain("was refused with 2 problems")
            .And.Contain("scoring/referral: Expression: lead.Count(\"referal\"): 'referal' is not a contact-point type of the vocabulary (did you mean 'referral'?).")
            .And.Contain("strategies/digital_adz: 'digital_adz' is not a strategy of the vocabulary");
    }

    [Theory]
    [InlineData("score --in samples/leads.ndjson --as-of yesterday", "error: --as-of 'yesterday' is not an ISO-8601 time")]
    [InlineData("score --in samples/leads.ndjson --engine turbo", "turbo")]
    [InlineData("score --in samples/leads.ndjson --colour", "--colour")]
    [InlineData("score", "--in")]
    [InlineData("score --in no-such-file.ndjson", "error: --in 'no-such-file.ndjson' cannot be read")]
    [InlineData("score --in samples/leads.ndjson --out no-such-folder/out.csv", "error: --out 'no-such-folder/out.csv' cannot be written")]
    [InlineData("score --in samples/leads.ndjson --out samples/leads.ndjson", "error: --out 'samples/leads.ndjson' is the --in file; writing it would destroy the input.")]
    [InlineData("score --in \"\"", "error: --in '' cannot be read")]
    [InlineData("score --in samples/leads.ndjson --engine 1", "'1'")]
    [InlineData("score --in samples/leads.ndjson --unknown-types 7", "'7'")]
    public void Score_UnusableArguments_Exit2WithMessage(string arguments, string message)
    {
        var result = CliProcess.Run(arguments);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Validate_Default_Exit0()
    {
        var result = CliProcess.Run("validate");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("ok: default.json: rule set default 1.0.0 (sha256 ");
    }

    [Fact]
    public void Validate_BrokenFile_Exit2WithLocatedProblems()
    {
        var rules = Path.Combine(_dir, "bad.json");
        File.WriteAllText(rules, "{\n  \"Name\": \"x\",\n  \"Version\": 1\n}\n");

        var result = CliProcess.Run($"validate --rules \"{rules}\"");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{rules}:3:3: 'Version' must be a non-empty string, not the number 1.")
            .And.Contain($"{rules}:1:1: missing field 'Workflows'.");
    }
}
