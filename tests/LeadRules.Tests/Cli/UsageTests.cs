using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>--help</c> names the command <c>leadrules</c>, as users type it, not after the assembly that runs it.</summary>
public sealed class UsageTests
{
    public static TheoryData<string, string> UsageLines => new()
    {
        { "--help", "leadrules [command] [options]" },
        { "score --help", "leadrules score [options]" },
        { "backtest --help", "leadrules backtest [options]" },
        { "calibrate --help", "leadrules calibrate [options]" },
        { "diff --help", "leadrules diff [options]" },
        { "validate --help", "leadrules validate [<FILE>] [options]" },
        { "vocabulary -h", "leadrules vocabulary [options]" },
        { "init -?", "leadrules init <FILE> [options]" },
    };

    [Theory]
    [MemberData(nameof(UsageLines))]
    public void Help_FromTheAssembly_UsageLineSaysLeadrules(string arguments, string usage)
    {
        var result = CliProcess.Run(arguments);

        result.ExitCode.Should().Be(0, result.Error);
        UsageLine(result.Output).Should().Be(usage);
    }

    [Fact]
    public void Help_FromTheAppHost_UsageLineSaysLeadrules()
    {
        var appHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "LeadRules.Cli.exe" : "LeadRules.Cli");

        var result = CliProcess.RunShell($"\"{appHost}\" score --help");

        result.ExitCode.Should().Be(0, result.Error);
        UsageLine(result.Output).Should().Be("leadrules score [options]");
    }

    [Fact]
    public void Version_OnTheRenamedRoot_PrintsTheVersion()
    {
        var result = CliProcess.Run("--version");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    private static string UsageLine(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        return lines[Array.IndexOf(lines, "Usage:") + 1].Trim();
    }
}
