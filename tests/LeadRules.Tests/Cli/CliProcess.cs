using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace LeadRules.Tests.Cli;

/// <summary>Runs the built leadrules command line as a real process.</summary>
internal static class CliProcess
{
    /// <summary>The command that runs the built command line, for a shell: <c>dotnet "…/LeadRules.Cli.dll"</c>.</summary>
    public static string Command => $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "LeadRules.Cli.dll")}\"";

    /// <summary>Runs leadrules with <paramref name="arguments"/>; <paramref name="environment"/> sets variables of its own (a time zone, a culture).</summary>
    public static CliResult Run(string arguments, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null) =>
        Run(arguments, stdin is null ? null : input => input.Write(stdin), environment);

    /// <summary>Runs the command line, with <paramref name="writeStdin"/> writing its standard input as it runs (then closing it).</summary>
    public static CliResult Run(string arguments, Action<TextWriter>? writeStdin, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        writeStdin?.Invoke(process.StandardInput);
        process.StandardInput.Close();
        WaitForExit(process, arguments);
        Task.WaitAll(output, error);
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs <paramref name="commandLine"/> with <c>sh -c</c> in the repository's root, <c>leadrules</c> standing for the built command line.</summary>
    public static CliResult RunShell(string commandLine)
    {
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine.Replace("leadrules ", Command + " ", StringComparison.Ordinal));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        WaitForExit(process, commandLine);
        Task.WaitAll(output, error);
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the command line with every standard stream redirected, in the repository's root.</summary>
    public static Process Start(string arguments, IReadOnlyDictionary<string, string>? environment = null)
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

        return Process.Start(start)!;
    }

    /// <summary>Waits up to 120 s for the process, killing it past that.</summary>
    public static void WaitForExit(Process process, string arguments)
    {
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("leadrules did not finish within 120 s: " + arguments);
        }
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
