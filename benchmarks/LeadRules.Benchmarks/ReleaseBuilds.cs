using System;
using System.Diagnostics;
using System.IO;
using LeadRules.Tests;

namespace LeadRules.Benchmarks;

/// <summary>The repository's Release builds of the command line and of the tokenising program, run as whole processes.</summary>
internal static class ReleaseBuilds
{
    public static string Cli => Path.Combine(RepoPaths.Root, "src", "LeadRules.Cli", "bin", "Release", "net10.0", "LeadRules.Cli.dll");

    public static string Tokenizer => Path.Combine(RepoPaths.Root, "benchmarks", "Tokenize", "bin", "Release", "net10.0", "Tokenize.dll");

    /// <summary>Throws unless both programs are built.</summary>
    public static void Check()
    {
        foreach (var program in new[] { Cli, Tokenizer })
        {
            if (!File.Exists(program))
            {
                throw new InvalidOperationException($"{program} is missing: run 'dotnet build LeadRules.sln -c Release' first.");
            }
        }
    }

    /// <summary>Runs <c>dotnet PROGRAM ARGUMENTS</c> to its end, reading its output; throws if it fails.</summary>
    public static void Run(string program, string arguments, params (string Name, string Value)[] environment) => Run(program, arguments, oneCore: false, environment);

    /// <summary>
    /// Runs <c>dotnet PROGRAM ARGUMENTS</c> to its end, reading its output; throws if it fails. With
    /// <paramref name="oneCore"/>, the process is pinned to the first core (<c>taskset -c 0</c>, Linux), so the runtime
    /// and the operating system both see one core, as in a container limited to one CPU.
    /// </summary>
    public static void Run(string program, string arguments, bool oneCore, params (string Name, string Value)[] environment)
    {
        if (oneCore && !OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("One-core runs pin the process with taskset, which needs Linux.");
        }

        var command = $"\"{program}\" {arguments}";
        var start = oneCore
            ? new ProcessStartInfo("taskset", "-c 0 dotnet " + command)
            : new ProcessStartInfo("dotnet", command);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Result}");
        }
    }
}
