using System;
using System.IO;

namespace LeadRules.Benchmarks;

/// <summary>Finds the repository's files from the benchmark's output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadRules.sln not found above " + AppContext.BaseDirectory);
    }
}
