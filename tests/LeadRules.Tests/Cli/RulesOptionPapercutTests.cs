using System.IO;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>--rules</c> (and <c>-r</c>) naming a directory or a missing file says which, before anything is read.</summary>
public sealed class RulesOptionPapercutTests
{
    [Theory]
    [InlineData("score --in samples/leads.ndjson --rules rules")]
    [InlineData("backtest -i samples/leads.ndjson --label role -r rules")]
    [InlineData("vocabulary -r rules")]
    public void Run_DirectoryAsRules_SaysItIsADirectory(string arguments)
    {
        var result = CliProcess.Run(arguments);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(
            "Rule set 'rules' was refused with 1 problem; fix each and load it again:\n"
            + "  rules: the rule file is a directory; give the path of a JSON file.\n");
    }

    [Fact]
    public void Score_MissingRules_SaysTheFileIsNotThere()
    {
        var result = CliProcess.Run("score -i samples/leads.ndjson -r rules/none.json");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(
            "Rule set 'rules/none.json' was refused with 1 problem; fix each and load it again:\n"
            + $"  rules/none.json: cannot read the rule file: Could not find file '{Path.Combine(RepoPaths.Root, "rules", "none.json")}'.\n");
    }
}
