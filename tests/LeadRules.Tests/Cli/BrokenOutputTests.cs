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
    public void Score_OutputFilePastTheFileSizeLimit_Exit4LeavingTheFileAsItWasAndNoTemporaryFile()
    {
        var output = Path.Combine(_dir, "scores.csv");
        File.WriteAllText(output, "old\n");

        // The process ignores SIGXFSZ, so a write past 'ulimit -f' (in KiB) fails instead of killing it; the runtime needs its double mapping off under the limit.
        var result = CliProcess.RunShell($"trap '' XFSZ; ulimit -f 4; DOTNET_EnableWriteXorExecute=0 leadrules score --in samples/leads.ndjson {AsOf} --out '{output}'");

        result.ExitCode.Should().Be(4, result.Error);
        result.Error.Should().Contain($"error: --out '{output}' could not be written to the end: the file grew past the largest size the file system or the process's file-size limit (ulimit -f) allows. "
            + "The file was left as it was; free some space or choose another place, and run the command again.").And.NotContain("Unhandled exception");
        File.ReadAllText(output).Should().Be("old\n");
        Directory.GetFiles(_dir).Should().Equal(output);
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
