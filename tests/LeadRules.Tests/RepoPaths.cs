using System;
using System.IO;

namespace LeadRules.Tests;

/// <summary>Finds the repository's real files (rules/, samples/) from the test binaries' folder.</summary>
internal static class RepoPaths
{
    private const string SolutionFile = "LeadRules.sln";

    /// <summary>The repository root: the nearest folder above the test binaries holding LeadRules.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file in the repository's <c>rules/</c> folder.</summary>
    public static string Rules(string file) => Path.Combine(Root, "rules", file);

    /// <summary>A file in the repository's <c>samples/</c> folder.</summary>
    public static string Samples(string file) => Path.Combine(Root, "samples", file);

    /// <summary>A file of the bank-marketing data set in <c>shared/data/</c>, beside the repository.</summary>
    public static string BankMarketing(string file) => Path.Combine(Root, "..", "shared", "data", "bank-marketing", file);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds {SolutionFile}; run the tests from inside the repository.");
    }
}
