using System;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>A line too long to read still gets its row, named by the id the line starts with.</summary>
public sealed class TooLongLineTests
{
    private const string Error = "line 2: the line is longer than the limit of 1,048,576 characters.";

    /// <summary>A good lead, a lead over the limit, and one over it whose id follows its contact points.</summary>
    private static readonly string Stdin = string.Join(
        "\n",
        "{\"id\":\"L-1\"}",
        "  {\"id\": \"L-7\", \"attributes\": {\"note\": \"" + new string('x', 1_100_000) + "\"}}",
        "{\"contactPoints\":[{\"type\":\"referral\"}],\"id\":\"L-8\",\"attributes\":{\"note\":\"" + new string('x', 1_100_000) + "\"}}") + "\n";

    [Fact]
    public void Score_LineOverTheLimitAsCsv_ErrorRowKeepsTheId()
    {
        var result = CliProcess.Run("score --in - --as-of 2026-11-01T00:00:00Z", Stdin);

        result.ExitCode.Should().Be(3, result.Error);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Should().Equal(
            $"L-7,,,,,,\"{Error}\"",
            $"L-8,,,,,,\"{Error.Replace("line 2", "line 3", StringComparison.Ordinal)}\"");
    }

    [Fact]
    public void Score_LineOverTheLimitAsNdjson_ErrorObjectKeepsTheId()
    {
        var result = CliProcess.Run("score --in - --as-of 2026-11-01T00:00:00Z --format ndjson", Stdin);

        result.ExitCode.Should().Be(3, result.Error);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToArray();
        rows.Select(r => (string?)r["id"]).Should().Equal("L-1", "L-7", "L-8");
        ((string?)rows[1]["error"]).Should().Be(Error);
    }
}
