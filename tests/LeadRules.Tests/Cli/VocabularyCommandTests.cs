using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>leadrules vocabulary</c>: every type under its group and every strategy with the terms its rule file gives it.</summary>
public sealed class VocabularyCommandTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("rules/b2b-example.json")]
    public void Vocabulary_RuleSet_ListsEveryTypeUnderItsGroupAndEveryStrategyWithItsTerms(string? rules)
    {
        var ruleSet = rules is null ? RuleSet.Default : RuleSet.Load(Path.Combine(RepoPaths.Root, rules));
        var text = File.ReadAllText(rules is null ? Path.Combine(RepoPaths.Root, "rules", "default.json") : Path.Combine(RepoPaths.Root, rules));

        var result = CliProcess.Run(rules is null ? "vocabulary" : $"vocabulary --rules {rules}");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        foreach (var group in ruleSet.Vocabulary.Groups)
        {
            var line = lines.Single(l => l.StartsWith("  " + group + " ", StringComparison.Ordinal));
            var types = ruleSet.Vocabulary.ContactPointTypes.Where(t => ruleSet.Vocabulary.GroupOf(t) == group);
            line.Should().Contain(string.Join(", ", types));
        }

        var strategies = JObject.Parse(text, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore })["Workflows"]!
            .Single(w => (string?)w["WorkflowName"] == "strategies")["Rules"]!;
        strategies.Should().NotBeEmpty();
        foreach (var rule in strategies)
        {
            var p = rule["Properties"]!;
            var cells = lines.Single(l => l.StartsWith("  " + (string)rule["RuleName"]! + " ", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cells[1].Split('+').Should().BeEquivalentTo(p["stages"]!.Select(s => (string)s!));
            cells[2..5].Should().Equal((string)p["owner"]!, (string)p["channel"]!, (string)p["consent"]!);
        }
    }

    [Fact]
    public void Vocabulary_BrokenRuleFile_PrintsItsProblemsAndExits2()
    {
        var result = CliProcess.Run("vocabulary --rules samples/leads.ndjson");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("Rule set 'samples/leads.ndjson' was refused with 1 problem");
    }

    [Fact]
    public void Vocabulary_Default_IsWhatTheReadmeShows()
    {
        var result = CliProcess.Run("vocabulary");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Should().Contain("```\n" + result.Output + "```\n");
    }
}
