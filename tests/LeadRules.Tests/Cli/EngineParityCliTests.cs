using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Tests.Evaluation;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>Both engines write the same bytes for leads whose expressions fail, in GlobalParams, LocalParams and nested rules.</summary>
public sealed class EngineParityCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-parity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Score_FailingExpressions_BothEnginesWriteTheSameBytes()
    {
        var rules = Path.Combine(_dir, "fragile.json");
        File.WriteAllText(rules, EngineMessageParityTests.WithGlobals(
            """[ { "Name": "tail", "Expression": "lead.Text(\"a\").Substring(5)" } ]""",
            """
            { "RuleName": "r", "Expression": "tail != \"\" && lead.Text(\"b\").Substring(lead.Text(\"b\").Length - 3) != \"\"", "Properties": { "points": 1 } },
            { "RuleName": "n", "Operator": "Or", "Properties": { "points": 2 }, "Rules": [ { "RuleName": "x", "Expression": "1 / lead.Count(\"referral\") > 0" }, { "RuleName": "y", "Expression": "lead.Text(\"b\") == \"bbbb\"" } ] }
            """));
        var input = string.Join("\n",
            """{"id":"short-a","attributes":{"a":"ab","b":"bbbb"}}""",
            """{"id":"short-b","attributes":{"a":"abcdefgh","b":"b"}}""",
            """{"id":"ok","attributes":{"a":"abcdefgh","b":"bbbb"}}""") + "\n";

        var compiled = CliProcess.Run($"score --in - --rules \"{rules}\" --as-of 2026-11-01T00:00:00Z --engine compiled", input);
        var reference = CliProcess.Run($"score --in - --rules \"{rules}\" --as-of 2026-11-01T00:00:00Z --engine reference", input);

        compiled.ExitCode.Should().Be(3, compiled.Error);
        compiled.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "id,temperature,score,owner,strategies,reasons,error",
            "short-a,,,,,,line 1: scoring/GlobalParams: the expression failed for this lead (startIndex cannot be larger than length of string. (Parameter 'startIndex')); fix the rule or the lead.",
            "short-b,,,,,,line 2: scoring/r: the expression failed for this lead (startIndex ('-2') must be a non-negative value. (Parameter 'startIndex')); fix the rule or the lead.",
            "ok,cold,3,marketing,digital_ads,r:1;n:2,");
        reference.ExitCode.Should().Be(compiled.ExitCode);
        reference.Output.Should().Be(compiled.Output);
        WithoutPeakMemory(reference.Error).Should().Be(WithoutPeakMemory(compiled.Error));
    }

    private static string WithoutPeakMemory(string text) =>
        string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("peak memory ", StringComparison.Ordinal)));
}
