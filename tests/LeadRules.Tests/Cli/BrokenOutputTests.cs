using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>A full disk or a closed standard output ends the command with exit 4 and a message, never a crash or exit 0.</summary>
public sealed class BrokenOutputTests : IDisposable
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-broken-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Score_StdoutOnAFullDisk_Exit4SayingTheOutputIsIncomplete()
    {
        var result = CliProcess.RunShell($"leadrules score --in samples/leads.ndjson {AsOf} > /dev/full");

        result.ExitCode.Should().Be(4, result.Error);
        result.Error.Should().Be("error: standard output could not be written to the end: No space left on device. The output is incomplete: write to a file with --out, or keep the reader open until the command ends.\n");
    }

    [Theory]
    [InlineData("score --in samples/leads.ndjson {0} --out /dev/full", "--out")]
    [InlineData("backtest --in samples/leads.ndjson --label role {0} --report /dev/full", "--report")]
    public void Commands_OutputFileOnAFullDisk_Exit4NamingTheFile(string arguments, string option)
    {
        var result = CliProcess.Run(string.Format(arguments, AsOf));

        result.ExitCode.Should().Be(4, result.Error);
        result.Error.Should().Contain($"error: {option} '/dev/full' could not be written to the end: No space left on device")
            .And.Contain("The file was left as it was; free some space or choose another place, and run the command again.")
            .And.NotContain("Unhandled exception");
    }

    [Fact]
    public async Task Score_StdoutClosedAfterTheFirstRow_Exit4SayingTheOutputIsIncomplete()
    {
        var input = Path.Combine(_dir, "many.ndjson");
        var lines = File.ReadAllLines(RepoPaths.Samples("leads.ndjson"));
        File.WriteAllLines(input, Enumerable.Repeat(lines, 400).SelectMany(l => l));
        using var process = CliProcess.Start($"score --in \"{input}\" {AsOf}");
        var error = process.StandardError.ReadToEndAsync();

        process.StandardOutput.ReadLine().Should().Be("id,temperature,score,owner,strategies,reasons,error");
        process.StandardOutput.Close();
        CliProcess.WaitForExit(process, "score");

        var stderr = await error;
        process.ExitCode.Should().Be(4, stderr);
        stderr.Should().Be("error: standard output could not be written to the end: Broken pipe. The output is incomplete: write to a file with --out, or keep the reader open until the command ends.\n");
    }
}
