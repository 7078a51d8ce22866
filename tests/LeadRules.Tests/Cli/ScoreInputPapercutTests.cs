using System.IO;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>The command line on the inputs a newcomer gives it: trailing newlines, blank lines, directories.</summary>
public sealed class ScoreInputPapercutTests
{
    [Fact]
    public void Score_TrailingAndBlankLines_GetNoRowAndAreCounted()
    {
        var result = CliProcess.Run("score --in - --as-of 2026-11-01T00:00:00Z", "{\"id\":\"a\"}\n\n\n{\"id\":\"b\"}\n\n");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
        result.Error.Should().Contain("scored 2 of 2 leads (0 with errors)").And.Contain("skipped 3 blank lines (no row)");
    }

    [Fact]
    public void Score_DirectoryAsInput_SaysItIsADirectory()
    {
        var result = CliProcess.Run("score --in samples");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("error: --in 'samples' is a directory; give the path of a file of leads, or - for standard input.\n");
    }

    [Fact]
    public void Validate_DirectoryOrMissingFile_SaysSoWithoutALineAndColumn()
    {
        var directory = CliProcess.Run("validate rules");
        var missing = CliProcess.Run("validate rules/none.json");

        directory.Error.Should().Contain("  rules: the rule file is a directory; give the path of a JSON file.");
        missing.Error.Should().Contain($"  rules/none.json: cannot read the rule file: Could not find file '{Path.Combine(RepoPaths.Root, "rules", "none.json")}'.");
    }
}
