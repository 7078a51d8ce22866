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
    public static void Run(string program, string arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{program}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
