using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Reloading;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Reloading;

public sealed class ReloadingLeadScorerTests : IDisposable
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lead Referred = new("R1", new[] { new ContactPoint("referral") });
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-reload-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reload_ChangedFile_NewRulesServeAndSayWhichTheyAre()
    {
        var path = Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, watch: false);
        var first = scorer.Assess(Referred, AsOf);

        Write(Version(2), path);
        var reloaded = scorer.Reload();
        var second = scorer.Assess(Referred, AsOf);

        reloaded.Should().BeTrue();
        (first.RuleSet.Version, first.Score).Should().Be(("1", 10));
        (second.RuleSet.Version, second.Score).Should().Be(("2", 20));
        second.RuleSet.Hash.Should().NotBe(first.RuleSet.Hash);
    }

    [Fact]
    public void Reload_BrokenFile_OldRulesKeepServingAndTheErrorIsReported()
    {
        var path = Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, watch: false);
        RuleSetRefusedEventArgs? refused = null;
        scorer.Refused += (_, e) => refused = e;

        Write(Broken, path);
        var reloaded = scorer.Reload();

        reloaded.Should().BeFalse();
        scorer.Assess(Referred, AsOf).Score.Should().Be(10);
        refused!.Serving.Version.Should().Be("1");
        refused.Error.Problems.Should().ContainSingle().Which.ToString().Should().EndWith("scoring/referral: Expression does not compile: Expression expected (at character 25 of \"lead.Count(\"referral\") >\").");
    }

    [Fact]
    public async Task Watch_FileRewritten_ReloadsWithoutBeingAsked()
    {
        var path = Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path);
        using var reloaded = new SemaphoreSlim(0);
        scorer.Reloaded += (_, _) => reloaded.Release();

        Write(Version(2), path);

        (await reloaded.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue("the watcher sees the change");
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("2");
    }

    [Fact]
    public void Reload_EightThreadsScoringWhileTheFileIsRewritten200Times_NoTornFailedOrLostResult()
    {
        var path = Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, watch: false);
        var results = new ConcurrentBag<Assessment>();
        var refusals = 0;
        scorer.Refused += (_, _) => Interlocked.Increment(ref refusals);
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            var count = 0;
            while (!stop.IsCancellationRequested)
            {
                results.Add(scorer.Assess(Referred, AsOf));
                count++;
            }

            return count;
        })).ToArray();

        for (var i = 1; i <= 200; i++)
        {
            Write(i % 10 == 0 ? Broken : Version(i % 2 == 0 ? 2 : 1), path);
            scorer.Reload();
        }

        stop.Cancel();
        var made = workers.Sum(w => w.Result);

        results.Should().HaveCount(made, "no result is lost");
        results.Should().OnlyContain(r => r.Succeeded, "no result failed");
        results.Should().OnlyContain(r => r.Score == (r.RuleSet.Version == "1" ? 10 : 20), "each result comes wholly from one rule set");
        results.Select(r => r.RuleSet.Version).Distinct().Should().BeEquivalentTo("1", "2");
        refusals.Should().Be(20);
    }

    [Fact]
    public void Reload_ReferenceEngine_NewRulesAreEvaluatedNotACachedCopy()
    {
        var path = Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, new LeadScorerOptions { Engine = EvaluationEngine.Reference }, watch: false);
        scorer.Assess(Referred, AsOf).Score.Should().Be(10);

        Write(Version(2), path);
        scorer.Reload();

        scorer.Assess(Referred, AsOf).Score.Should().Be(20);
    }

    private static string Version(int version) => TestRuleSets.Build(
        scoring: $$"""{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": {{version * 10}} } }""",
        header: "").Replace("\"Version\": \"1.0.0\"", $"\"Version\": \"{version}\"", StringComparison.Ordinal);

    private static string Broken => TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") >", "Properties": { "points": 30 } }""");

    /// <summary>Writes the whole file at once (write beside it, then move over it), as a careful editor or deploy does.</summary>
    private string Write(string json, string? path = null)
    {
        path ??= Path.Combine(_dir, "rules.json");
        var temporary = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
