using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

public sealed class MappedScoreCommandTests : IDisposable
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";

    // A snapshot export: what each lead did, with no dates.
    private const string Snapshot = """
        lead_id,source,cart,owner_name
        A1,demo,yes,Ann
        A2,referral,no,"Bo, Jr."
        A3,fax,no,Cy
        A4,demo,maybe,Di
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-mapped-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Score_CsvWithMapping_OneRowPerDataRowWithKeptColumnsAndErrorsNamingColumnAndValue()
    {
        var (csv, mapping) = Write(Snapshot, Mapping(time: null));

        var result = CliProcess.Run($"score --in \"{csv}\" --mapping \"{mapping}\" {AsOf} --keep owner_name lead_id");

        result.ExitCode.Should().Be(3, result.Error);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows.Should().HaveCount(5);
        rows[0].Should().Be("id,temperature,score,owner,strategies,reasons,error,owner_name,lead_id");
        rows[1].Should().StartWith("A1,warm,40,marketing,").And.EndWith(",Ann,A1");
        rows[2].Should().StartWith("A2,warm,15,").And.EndWith(",\"Bo, Jr.\",A2");
        rows[3].Should().Be("A3,,,,,,\"line 4: column 'source': 'fax' is not a value the mapping names; add it to Values or Ignore, or set \"\"UnmappedValues\"\": \"\"ignore\"\".\",Cy,A3");
        rows[4].Should().StartWith("A4,,,,,,\"line 5: column 'cart': 'maybe' is neither a Yes nor a No value;").And.EndWith(",Di,A4");
    }

    [Fact]
    public void Score_SnapshotWithoutDates_WarnsWhichRulesCouldNotFireForHowManyLeads()
    {
        var (csv, mapping) = Write(Snapshot, Mapping(time: null));

        var result = CliProcess.Run($"score --in \"{csv}\" --mapping \"{mapping}\" {AsOf}");

        result.Error.Should().Contain("could not fire for them")
            .And.Contain("temperature/qualified_recent_intent: 1 leads")
            .And.Contain("strategies/abandoned_cart_email: 1 leads");
    }

    [Fact]
    public void Score_SnapshotWithAFixedAge_RecencyRulesFireAndNoWarning()
    {
        var (csv, mapping) = Write(Snapshot, Mapping(time: """{ "AgeDays": 3 }"""));

        var result = CliProcess.Run($"score --in \"{csv}\" --mapping \"{mapping}\" {AsOf}");

        result.Error.Should().NotContain("could not fire");
        result.Output.Split('\n')[1].Should().StartWith("A1,warm,");
        result.Output.Split('\n')[1].Should().Contain("abandoned_cart_email");
    }

    [Theory]
    [InlineData("--keep x", "error: --keep carries columns of a CSV export into the output; it needs --mapping")]
    [InlineData("--mapping MAPPING --keep nope", "error: --in '{csv}': ")]
    public void Score_UnusableMappingArguments_Exit2WithMessageAndNoRows(string arguments, string message)
    {
        var (csv, mapping) = Write(Snapshot, Mapping(time: null));
        arguments = arguments.Replace("MAPPING", $"\"{mapping}\"", StringComparison.Ordinal);
        var input = arguments.Contains("--mapping", StringComparison.Ordinal) ? $"\"{csv}\"" : "samples/leads.ndjson";

        var result = CliProcess.Run($"score --in {input} {arguments} {AsOf}");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain(message.Replace("{csv}", csv, StringComparison.Ordinal)).And.Contain(arguments.Contains("nope", StringComparison.Ordinal) ? "nope" : "--keep");
    }

    [Fact]
    public void Score_CsvWithoutMapping_Exit2SayingToGiveOne()
    {
        var (csv, _) = Write(Snapshot, Mapping(time: null));

        var result = CliProcess.Run($"score --in \"{csv}\" {AsOf}");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: --in '{csv}' looks like a CSV export; read it through a mapping with --mapping FILE (see samples/bank-marketing/mapping.json), or give NDJSON leads.\n");
    }

    [Fact]
    public void Score_MappingWithProblems_Exit2ListsThemLocated()
    {
        var (csv, mapping) = Write(Snapshot, "{\n  \"Idd\": { \"Column\": \"lead_id\" }\n}");

        var result = CliProcess.Run($"score --in \"{csv}\" --mapping \"{mapping}\" {AsOf}");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain($"{mapping}:2:");
    }

    [Fact]
    public void Score_MappingTypeNotInTheRuleSet_Exit2NamingTheTypeAndItsPlace()
    {
        var (csv, mapping) = Write(Snapshot, Mapping(time: null).Replace("\"demo\": \"demo_request\"", "\"demo\": \"demo_requested\"", StringComparison.Ordinal));

        var result = CliProcess.Run($"score --in \"{csv}\" --mapping \"{mapping}\" {AsOf}");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error: the mapping names contact-point types the rule set 'default.json' does not know")
            .And.Contain(mapping).And.Contain("demo_requested");
    }

    private (string Csv, string Mapping) Write(string csv, string mapping)
    {
        var csvPath = Path.Combine(_dir, "export.csv");
        var mappingPath = Path.Combine(_dir, "mapping.json");
        File.WriteAllText(csvPath, csv.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.WriteAllText(mappingPath, mapping);
        return (csvPath, mappingPath);
    }

    private static string Mapping(string? time) => $$"""
        {
          "Id": { "Column": "lead_id" },
          {{(time is null ? string.Empty : $"\"Time\": {time},")}}
          "ContactPoints": [
            { "Column": "source", "Values": { "demo": "demo_request", "referral": "referral" } },
            { "Column": "cart", "YesNo": { "Type": "cart_abandoned", "Yes": [ "yes" ], "No": [ "no" ] } }
          ]
        }
        """;
}
