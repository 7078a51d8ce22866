using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace LeadRules.Tests.Cli;

/// <summary>Runs the built leadrules command line as a real process.</summary>
internal static class CliProcess
{
    /// <summary>Runs leadrules with <paramref name="arguments"/>; <paramref name="environment"/> sets variables of its own (a time zone, a culture).</summary>
    public static CliResult Run(string arguments, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "LeadRules.Cli.dll")}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("leadrules did not finish within 120 s: " + arguments);
        }

        Task.WaitAll(output, error);
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
