using System;
using System.IO;
using FluentAssertions;
using LeadRules.Rules;
using LeadRules.Tests.Cli;
using Newtonsoft.Json.Linq;

namespace LeadRules.Tests.Analytics.Diff;

/// <summary>
/// One run of <c>leadrules diff --format json</c> on the bank-marketing export, shared by its tests: the sample rules
/// against a copy whose <c>warm_recent_relationship</c> looks back 365 days instead of 180 (version 1.1.0), with its
/// HTML report.
/// </summary>
public sealed class BankMarketingDiffRun : IDisposable
{
    private const string Original = "lead.Within(\\\"previous_call\\\", 180)";
    private const string Widened = "lead.Within(\\\"previous_call\\\", 365)";
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-bank-diff-").FullName;

    public BankMarketingDiffRun()
    {
        var text = File.ReadAllText(RepoPaths.Samples("bank-marketing/rules.json"));
        text.Should().Contain(Original);
        var edited = text.Replace(Original, Widened).Replace("\"Version\": \"1.0.0\"", "\"Version\": \"1.1.0\"");
        RuleSet.Parse(edited).Stamp.Hash.Should().NotBe(RuleSet.Parse(text).Stamp.Hash);
        RulesFile = Path.Combine(_dir, "rules-year.json");
        File.WriteAllText(RulesFile, edited);
        ReportFile = Path.Combine(_dir, "diff.html");
        var run = CliProcess.Run($"diff {Arguments} --format json --report \"{ReportFile}\"");
        run.ExitCode.Should().Be(0, run.Error);
        Json = JObject.Parse(run.Output);
    }

    /// <summary>The edited copy of the sample rules.</summary>
    public string RulesFile { get; }

    /// <summary>The arguments of the diff after <c>diff</c>, without a format.</summary>
    public string Arguments =>
        $"--rules \"{RulesFile}\" --against samples/bank-marketing/rules.json --in \"{RepoPaths.BankMarketing("bank-full.csv")}\" " +
        "--mapping samples/bank-marketing/mapping.json --as-of 2010-12-01T00:00:00Z";

    /// <summary>The HTML report the same run wrote.</summary>
    public string ReportFile { get; }

    /// <summary>The diff's JSON.</summary>
    public JObject Json { get; }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
