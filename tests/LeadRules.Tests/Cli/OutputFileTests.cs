using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>Output files are written whole or not at all, and never over the input.</summary>
public sealed class OutputFileTests : IDisposable
{
    private const string AsOf = "--as-of 2026-11-01T00:00:00Z";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-out-").FullName;
    private readonly string _input;

    public OutputFileTests()
    {
        _input = Path.Combine(_dir, "leads.ndjson");
        File.Copy(RepoPaths.Samples("leads.ndjson"), _input);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("hard")]
    [InlineData("symbolic")]
    public void Score_OutIsALinkToTheInput_Exit2AndTheInputIntact(string link)
    {
        var alias = Path.Combine(_dir, "alias.ndjson");
        if (link == "hard")
        {
            Process.Start("ln", $"\"{_input}\" \"{alias}\"")!.WaitForExit();
        }
        else
        {
            File.CreateSymbolicLink(alias, _input);
        }

        var result = CliProcess.Run($"score --in \"{_input}\" {AsOf} --out \"{alias}\"");

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Be($"error: --out '{alias}' is the --in file; writing it would destroy the input. Choose another --out.\n");
        File.ReadAllBytes(_input).Should().Equal(File.ReadAllBytes(RepoPaths.Samples("leads.ndjson")));
    }

    [Theory]
    [InlineData("leadrules score --in - {0} --out {1} < {1}", "error: --out '{1}' is standard input; writing it would destroy the input. Choose another --out.\n")]
    [InlineData("leadrules score --in {1} {0} >> {1}", "error: standard output is the --in file; writing it would feed the output back into the input. Redirect it to another file or give --out.\n")]
    [InlineData("leadrules calibrate --in - --label role {0} --out {1} < {1}", "error: --out '{1}' is standard input; writing it would destroy the input. Choose another --out.\n")]
    [InlineData("leadrules backtest --in {1} --label role {0} --report {1}", "error: --report '{1}' is the --in file; writing it would destroy the input. Choose another --report.\n")]
    public void Commands_OutputIsTheInputThroughRedirection_Exit2AndTheInputIntact(string commandLine, string message)
    {
        var result = CliProcess.RunShell(string.Format(commandLine, AsOf, _input));

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Be(string.Format(message, AsOf, _input));
        File.ReadAllBytes(_input).Should().Equal(File.ReadAllBytes(RepoPaths.Samples("leads.ndjson")));
    }

    [Fact]
    public void Score_OverAnOlderFileThroughASymlink_ReplacesTheFileKeepsTheLinkLeavesNoTemporaryFile()
    {
        var scores = Path.Combine(_dir, "scores.csv");
        var link = Path.Combine(_dir, "latest.csv");
        File.WriteAllText(scores, "old\n");
        File.CreateSymbolicLink(link, scores);

        var result = CliProcess.Run($"score --in \"{_input}\" {AsOf} --out \"{link}\"");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllLines(scores).Should().HaveCount(51).And.HaveElementAt(0, "id,temperature,score,owner,strategies,reasons,error");
        new FileInfo(link).LinkTarget.Should().Be(scores);
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo("leads.ndjson", "scores.csv", "latest.csv");
    }

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "Ctrl-C (SIGINT)")]
    public async Task Score_StoppedBySignalMidway_DeletesTheUnfinishedFileKeepsTheOldOneAndExits128PlusTheSignal(string signal, int exitCode, string name)
    {
        var scores = Path.Combine(_dir, "scores.csv");
        File.WriteAllText(scores, "old\n");
        using var process = CliProcess.Start($"score --in - {AsOf} --out \"{scores}\"");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(File.ReadAllText(_input));
        process.StandardInput.Flush();
        WaitUntil(() => Directory.GetFiles(_dir, ".scores.csv.*.tmp").Length == 1, process);

        Process.Start("kill", $"-{signal} {process.Id}")!.WaitForExit();
        CliProcess.WaitForExit(process, "score --in -");

        var stderr = await error;
        process.ExitCode.Should().Be(exitCode, stderr);
        stderr.Should().EndWith($"error: stopped by {name}; 1 unfinished output file(s) deleted, existing files left as they were.\n");
        File.ReadAllText(scores).Should().Be("old\n");
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo("leads.ndjson", "scores.csv");
    }

    /// <summary>Waits, at most a minute, for what the running process is expected to do.</summary>
    private static void WaitUntil(Func<bool> condition, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new InvalidOperationException("leadrules never opened its output file.");
            }

            System.Threading.Thread.Sleep(50);
        }
    }
}
