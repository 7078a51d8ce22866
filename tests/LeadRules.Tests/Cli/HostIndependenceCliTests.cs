using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Tests.Evaluation;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>
/// The same rule set and leads scored by the command line under different time zones and cultures (set through
/// the environment, as a host sets them) give the same bytes, and those bytes are the invariant answer.
/// </summary>
public sealed class HostIndependenceCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-hosts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("compiled")]
    [InlineData("reference")]
    public void Score_ChathamTurkishAndUtcInvariantHosts_WriteTheSameBytes(string engine)
    {
        TimeZoneInfo.FindSystemTimeZoneById("Pacific/Chatham").BaseUtcOffset.Should().Be(TimeSpan.FromHours(12.75), "the machine knows the time zones");
        System.Globalization.CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper("i").Should().Be("\u0130", "the machine has ICU, with Turkish casing");
        var rules = Path.Combine(_dir, "hosts.json");
        File.WriteAllText(rules, HostRuleSet.Json);
        var arguments = $"score --in - --rules \"{rules}\" --as-of {HostRuleSet.AsOf} --engine {engine}";

        var utc = CliProcess.Run(arguments, HostRuleSet.Leads, Host("UTC", "C.UTF-8"));
        var chatham = CliProcess.Run(arguments, HostRuleSet.Leads, Host("Pacific/Chatham", "tr_TR.UTF-8"));
        var saudi = CliProcess.Run(arguments, HostRuleSet.Leads, Host("Asia/Riyadh", "ar_SA.UTF-8"));

        utc.ExitCode.Should().Be(0, utc.Error);
        utc.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "id,temperature,score,owner,strategies,reasons,error",
            "A,cold,2047.32,marketing,digital_ads,upper:1;lower:2;char_upper:4;double_text:8;int_text:16;date_text:32;offset_text:64;ordinal:128;recent:256;no_offset_is_utc:512;global_text:1024;fading:0.32,",
            "B,cold,0.03,marketing,digital_ads,fading:0.03,");
        chatham.Output.Should().Be(utc.Output);
        saudi.Output.Should().Be(utc.Output);
        WithoutPeakMemory(chatham.Error).Should().Be(WithoutPeakMemory(utc.Error));
        WithoutPeakMemory(saudi.Error).Should().Be(WithoutPeakMemory(utc.Error));
    }

    private static Dictionary<string, string> Host(string zone, string locale) => new()
    {
        ["TZ"] = zone,
        ["LC_ALL"] = locale,
        ["LANG"] = locale,
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
    };

    private static string WithoutPeakMemory(string text) =>
        string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("peak memory ", StringComparison.Ordinal)));
}
