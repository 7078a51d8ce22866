using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>The short flags (<c>-i</c>, <c>-o</c>, <c>-m</c>, <c>-r</c>, <c>-f</c>) mean the same as the long ones in every command that has them.</summary>
public sealed class ShortFlagTests : IDisposable
{
    private const string Bank = "--as-of 2010-12-01T00:00:00Z";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-short-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The same command with short and long flags; <c>OUT</c> stands for a file in a folder of each run's own.</summary>
    public static TheoryData<string, string> Commands => new()
    {
        {
            "score -i samples/leads.ndjson -o OUT -r rules/b2b-example.json -f ndjson --as-of 2026-11-01T00:00:00Z",
            "score --in samples/leads.ndjson --out OUT --rules rules/b2b-example.json --format ndjson --as-of 2026-11-01T00:00:00Z"
        },
        {
            $"backtest -i BANK -m samples/bank-marketing/mapping.json -r samples/bank-marketing/rules.json -f json {Bank}",
            $"backtest --in BANK --mapping samples/bank-marketing/mapping.json --rules samples/bank-marketing/rules.json --format json {Bank}"
        },
        {
            $"calibrate -i BANK -m samples/bank-marketing/mapping.json -r samples/bank-marketing/rules.json -o OUT {Bank}",
            $"calibrate --in BANK --mapping samples/bank-marketing/mapping.json --rules samples/bank-marketing/rules.json --out OUT {Bank}"
        },
        {
            "diff -r rules/b2b-example.json --against rules/default.json -i samples/leads.ndjson -f json --as-of 2026-11-01T00:00:00Z",
            "diff --rules rules/b2b-example.json --against rules/default.json --in samples/leads.ndjson --format json --as-of 2026-11-01T00:00:00Z"
        },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_ShortFlags_WriteTheSameBytesAsTheLongOnes(string shortForm, string longForm)
    {
        var (shortRun, shortFile) = Run(shortForm, "short");
        var (longRun, longFile) = Run(longForm, "long");

        shortRun.ExitCode.Should().Be(longRun.ExitCode, shortRun.Error);
        shortRun.Output.Should().Be(longRun.Output);
        shortFile.Should().Equal(longFile);
        (shortRun.Output.Length + shortFile.Length).Should().BePositive("the command wrote its result");
    }

    private (CliResult Result, byte[] File) Run(string arguments, string folder)
    {
        var output = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, folder)).FullName, "out");
        var result = CliProcess.Run(arguments
            .Replace("OUT", $"\"{output}\"", StringComparison.Ordinal)
            .Replace("BANK", $"\"{RepoPaths.BankMarketing("bank-full.csv")}\"", StringComparison.Ordinal));
        result.ExitCode.Should().BeOneOf(new[] { 0, 3 }, result.Error);
        return (result, File.Exists(output) ? File.ReadAllBytes(output) : Array.Empty<byte>());
    }
}
