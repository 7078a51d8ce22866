using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Reloading;
using Xunit;
using static LeadRules.Tests.Reloading.RuleFolder;

namespace LeadRules.Tests.Reloading;

public sealed class ReloadingLeadScorerTests : IDisposable
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lead Referred = new("R1", new[] { new ContactPoint("referral") });
    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reload_ChangedFile_NewRulesServeAndSayWhichTheyAre()
    {
        var path = _folder.Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, watch: false);
        var first = scorer.Assess(Referred, AsOf);

        _folder.Write(Version(2), path);
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
        var path = _folder.Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, watch: false);
        var events = new ReloadEvents(scorer);

        _folder.Write(Broken, path);
        var reloaded = scorer.Reload();

        reloaded.Should().BeFalse();
        scorer.Assess(Referred, AsOf).Score.Should().Be(10);
        events.Refused.Should().ContainSingle().Which.Serving.Version.Should().Be("1");
        events.Refused[0].Error.Problems.Should().ContainSingle().Which.ToString().Should().EndWith("scoring/referral: Expression does not compile: Expression expected (at character 25 of \"lead.Count(\"referral\") >\").");
    }

    [Fact]
    public void Reload_ReferenceEngine_NewRulesAreEvaluatedNotACachedCopy()
    {
        var path = _folder.Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, new LeadScorerOptions { Engine = EvaluationEngine.Reference }, watch: false);
        scorer.Assess(Referred, AsOf).Score.Should().Be(10);

        _folder.Write(Version(2), path);
        scorer.Reload();

        scorer.Assess(Referred, AsOf).Score.Should().Be(20);
    }

    [Fact]
    public void Reload_EightThreadsScoringWhileTheFileIsRewritten200Times_NoTornFailedOrLostResult()
    {
        const int Workers = 8, Rewrites = 200;
        var path = _folder.Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, watch: false);
        var refusals = 0;
        scorer.Refused += (_, _) => Interlocked.Increment(ref refusals);
        var results = new ConcurrentBag<Assessment>();
        var reloaded = 0;
        var started = Enumerable.Range(0, Rewrites + 1).Select(_ => new ManualResetEventSlim()).ToArray();
        var scored = Enumerable.Range(0, Rewrites + 1).Select(_ => new CountdownEvent(Workers)).ToArray();

        // In each round a worker scores while the file is rewritten and reloaded, and goes on until it has scored with
        // the reload done; the next rewrite waits for every worker.
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var made = 0;
                for (var round = 0; round <= Rewrites; round++)
                {
                    if (!started[round].Wait(TimeSpan.FromMinutes(2)))
                    {
                        throw new TimeoutException($"round {round} never started");
                    }

                    var spin = default(SpinWait);
                    int done;
                    do
                    {
                        done = Volatile.Read(ref reloaded);
                        results.Add(scorer.Assess(Referred, AsOf));
                        made++;
                        spin.SpinOnce(); // leaves the reload its share of two busy cores; decides nothing
                    }
                    while (done < round);
                    scored[round].Signal();
                }

                return made;
            },
            TaskCreationOptions.LongRunning)).ToArray();

        for (var round = 0; round <= Rewrites; round++)
        {
            started[round].Set();
            if (round > 0)
            {
                _folder.Write(round % 10 == 0 ? Broken : Version(round % 2 == 0 ? 2 : 1), path);
                scorer.Reload();
                Volatile.Write(ref reloaded, round);
            }

            WaitOrFail(scored[round], workers, $"every worker scores with the rules of round {round}");
        }

        var made = workers.Sum(w => w.Result);

        results.Should().HaveCount(made, "no result is lost");
        results.Should().OnlyContain(r => r.Succeeded, "no result failed");
        results.Should().OnlyContain(r => r.Score == (r.RuleSet.Version == "1" ? 10 : 20), "each result comes wholly from one rule set");
        results.Select(r => r.RuleSet.Version).Distinct().Should().BeEquivalentTo("1", "2");
        refusals.Should().Be(Rewrites / 10);
        Array.ForEach(started, e => e.Dispose());
        Array.ForEach(scored, e => e.Dispose());
    }

    [Fact]
    public void CheckForChanges_ConfigMapUpdated_NewVersionServesAndItsDirectoryIsWatched()
    {
        var path = _folder.ConfigMap(Version(1));
        using var scorer = Driven(path);
        var events = new ReloadEvents(scorer);

        var data = _folder.SwapConfigMap(Version(2));
        var changed = scorer.CheckForChanges();

        changed.Should().BeTrue();
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("2");
        events.Reloaded.Should().ContainSingle().Which.Previous.Version.Should().Be("1");
        scorer.Watcher!.Directories.Should().Equal(_folder.Root, Path.GetDirectoryName(_folder.Root), data);
    }

    [Fact]
    public void CheckForChanges_LinkTargetEdited_NewVersionServes()
    {
        Directory.CreateDirectory(_folder.Path("elsewhere"));
        var target = _folder.Write(Version(1), _folder.Path("elsewhere/real.json"));
        var path = File.CreateSymbolicLink(_folder.Path("rules.json"), target).FullName;
        using var scorer = Driven(path);

        _folder.Write(Version(2), target);
        var changed = scorer.CheckForChanges();

        changed.Should().BeTrue();
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("2");
        scorer.Watcher!.Directories.Should().Contain(_folder.Path("elsewhere"));
    }

    [Fact]
    public void CheckForChanges_DirectoryDeletedThenMadeAgain_RefusedMeanwhileThenTheNewFileServesAndIsWatched()
    {
        var directory = _folder.Path("config");
        Directory.CreateDirectory(directory);
        var path = _folder.Write(Version(1), Path.Combine(directory, "rules.json"));
        using var scorer = Driven(path);
        var events = new ReloadEvents(scorer);

        Directory.Delete(directory, recursive: true);
        scorer.CheckForChanges().Should().BeFalse();
        var armedWhileMissing = scorer.Watcher!.Armed;
        Directory.CreateDirectory(directory);
        _folder.Write(Version(2), path);
        var generation = scorer.Watcher.Generation;
        scorer.CheckForChanges().Should().BeTrue();

        events.Refused.Should().ContainSingle().Which.Error.Problems.Single().ToString()
            .Should().Be($"{path}: cannot read the rule file: Could not find a part of the path '{path}'.");
        armedWhileMissing.Should().BeFalse("the directory to watch is gone");
        scorer.Watcher.Armed.Should().BeTrue("the directory made again is watched");
        scorer.Watcher.Generation.Should().Be(generation + 1);
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("2");
    }

    [Fact]
    public void CheckForChanges_FileDeleted_RefusedOnceWhileTheOldRulesServe()
    {
        var path = _folder.Write(Version(1));
        using var scorer = Driven(path);
        var events = new ReloadEvents(scorer);

        File.Delete(path);
        scorer.CheckForChanges();
        scorer.CheckForChanges();

        events.Refused.Should().ContainSingle().Which.Error.Problems.Single().ToString()
            .Should().Be($"{path}: cannot read the rule file: Could not find file '{path}'.");
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("1");
        events.Reloaded.Should().BeEmpty();
    }

    [Fact]
    public void CheckForChanges_SameBrokenFileSeenAgain_RefusedOnceUntilItChanges()
    {
        var path = _folder.Write(Version(1));
        using var scorer = Driven(path);
        var events = new ReloadEvents(scorer);

        _folder.Write(Broken, path);
        scorer.CheckForChanges();
        scorer.CheckForChanges();
        _folder.Write(Version(1), path);
        scorer.CheckForChanges();
        _folder.Write(Broken, path);
        scorer.CheckForChanges();

        events.Refused.Should().HaveCount(2);
        events.Reloaded.Should().BeEmpty("the restored file is the one serving");
    }

    [Theory]
    [InlineData("/dev/zero", "a character device")]
    [InlineData("fifo", "a named pipe (FIFO)")]
    [InlineData("directory", "a directory")]
    public async Task CheckForChanges_ReplacedByALinkToWhatIsNotARegularFile_RefusedWithoutReadingIt(string target, string kind)
    {
        var path = _folder.Write(Version(1));
        using var scorer = Driven(path);
        var events = new ReloadEvents(scorer);
        target = target switch { "fifo" => _folder.Fifo("pipe"), "directory" => Directory.CreateDirectory(_folder.Path("folder")).FullName, _ => target };

        _folder.LinkOver(path, target);
        var changed = await HangGuard.Await(Task.Run(scorer.CheckForChanges), $"{target} refused without being opened");

        changed.Should().BeFalse();
        events.Refused.Should().ContainSingle().Which.Error.Problems.Single().Message.Should().Be(kind == "a directory"
            ? "the rule file is a directory; give the path of a JSON file."
            : $"the rule file is {kind}, not a regular file, and was not read; give the path of a JSON file.");
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("1");
    }

    [Fact]
    public async Task Watch_FileRewritten_ReloadsWithoutBeingAsked()
    {
        var path = _folder.Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, pollInterval: Timeout.InfiniteTimeSpan);
        var reloaded = Next(scorer);

        _folder.Write(Version(2), path);

        (await HangGuard.Await(reloaded, "the watcher sees the file moved over")).Current.Version.Should().Be("2");
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("2");
    }

    [Fact]
    public async Task Watch_ConfigMapUpdated_ReloadsWithoutBeingAsked()
    {
        var path = _folder.ConfigMap(Version(1));
        using var scorer = new ReloadingLeadScorer(path, pollInterval: Timeout.InfiniteTimeSpan);
        var reloaded = Next(scorer);

        _folder.SwapConfigMap(Version(2));

        (await HangGuard.Await(reloaded, "the watcher sees ..data renamed")).Current.Version.Should().Be("2");
        scorer.Assess(Referred, AsOf).RuleSet.Version.Should().Be("2");
    }

    [Fact]
    public async Task Watch_PollOnly_ReloadsWhatTheWatcherMissed()
    {
        var path = _folder.Write(Version(1));
        using var scorer = new ReloadingLeadScorer(path, null, watch: true, pollInterval: TimeSpan.FromMilliseconds(50), settle: Timeout.InfiniteTimeSpan);
        var reloaded = Next(scorer);

        _folder.Write(Version(2), path);

        (await HangGuard.Await(reloaded, "the periodic comparison sees the new contents")).Current.Version.Should().Be("2");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_PollIntervalNotPositive_Throws(int seconds)
    {
        var path = _folder.Write(Version(1));

        var act = () => new ReloadingLeadScorer(path, pollInterval: TimeSpan.FromSeconds(seconds));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith(
            "The poll interval must be positive and at most 49 days, or Timeout.InfiniteTimeSpan to rely on the watcher alone.");
    }

    /// <summary>A scorer whose watcher watches, but whose checks the test runs itself through CheckForChanges.</summary>
    private static ReloadingLeadScorer Driven(string path) => new(path, null, watch: true, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    private static Task<RuleSetReloadedEventArgs> Next(ReloadingLeadScorer scorer)
    {
        var next = new TaskCompletionSource<RuleSetReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        scorer.Reloaded += (_, e) => next.TrySetResult(e);
        return next.Task;
    }

    private static void WaitOrFail(CountdownEvent countdown, Task[] workers, string what)
    {
        var done = WaitHandle.WaitAny(new[] { countdown.WaitHandle }, TimeSpan.FromMinutes(2));
        workers.Where(w => w.IsFaulted).Select(w => w.Exception).Should().BeEmpty("no worker fails");
        done.Should().Be(0, what + " (the test hangs otherwise)");
    }

    /// <summary>Records a scorer's events, in order.</summary>
    private sealed class ReloadEvents
    {
        public ReloadEvents(ReloadingLeadScorer scorer)
        {
            scorer.Reloaded += (_, e) => Reloaded.Add(e);
            scorer.Refused += (_, e) => Refused.Add(e);
        }

        public List<RuleSetReloadedEventArgs> Reloaded { get; } = new();

        public List<RuleSetRefusedEventArgs> Refused { get; } = new();
    }
}
