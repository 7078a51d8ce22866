using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Extensions.DependencyInjection;
using LeadRules.Leads;
using LeadRules.Tests.Reloading;
using LeadRules.Tests.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace LeadRules.Tests.DependencyInjection;

public sealed class AddLeadRulesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Lead Referred = new("R1", new[] { new ContactPoint("referral", Now.AddDays(-1)) });
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-di-").FullName;
    private readonly CapturingLogger _log = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AddLeadRules_Defaults_EmbeddedRulesAndAsOfFromTimeProvider()
    {
        using var provider = Services(null).BuildServiceProvider();

        var result = provider.GetRequiredService<LeadRulesScorer>().Assess(Referred);

        result.AsOf.Should().Be(Now);
        result.RuleSet.Name.Should().Be("default");
        result.Temperature.Should().Be(Temperature.Warm);
        provider.GetRequiredService<LeadRulesScorer>().Should().BeSameAs(provider.GetRequiredService<LeadRulesScorer>());
        _log.Events.Should().Contain(e => e.Id == 1 && e.Message.StartsWith("Loaded rule set default 1.0.0", StringComparison.Ordinal));
    }

    [Fact]
    public void AddLeadRules_BadOptions_EveryProblemInOneException()
    {
        using var provider = Services(o =>
        {
            o.RulesPath = Path.Combine(_dir, "missing.json");
            o.RulesStream = () => new MemoryStream();
            o.MaxDegreeOfParallelism = 0;
        }).BuildServiceProvider();

        var act = () => provider.GetRequiredService<LeadRulesScorer>();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "LeadRules: set RulesPath or RulesStream, not both.",
            $"LeadRules: RulesPath '{Path.Combine(_dir, "missing.json")}' does not exist; give the path of a rule file, or leave it unset for the embedded default.",
            "LeadRules: MaxDegreeOfParallelism is 0; it must be at least 1.");
    }

    [Fact]
    public void AddLeadRules_BrokenRuleFile_RefusedAtStartWithEveryProblem()
    {
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Nope()", "Properties": { "points": 1 } }"""));
        using var provider = Services(o => o.RulesPath = path).BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<LeadRulesOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().StartWith($"LeadRules: Rule set '{path}' was refused with 1 problem").And.Contain("lead has no method 'Nope'");
    }

    [Fact]
    public void AddLeadRules_RulesStream_LoadsFromTheStream()
    {
        using var provider = Services(o => o.RulesStream = () => new MemoryStream(Encoding.UTF8.GetBytes(TestRuleSets.Build()))).BuildServiceProvider();

        provider.GetRequiredService<LeadRulesScorer>().Assess(Referred).RuleSet.Name.Should().Be("test");
    }

    [Fact]
    public async Task AddLeadRules_ReloadOnChange_EditedFileServesWithoutRestartAndBrokenEditIsRefused()
    {
        var path = Path.Combine(_dir, "rules.json");
        File.WriteAllText(path, Rules("1"));
        using var provider = Services(o => { o.RulesPath = path; o.ReloadOnChange = true; o.ReloadPollInterval = Timeout.InfiniteTimeSpan; }).BuildServiceProvider();
        var scorer = provider.GetRequiredService<LeadRulesScorer>();
        scorer.Assess(Referred).RuleSet.Version.Should().Be("1");

        var reloaded = _log.Next(e => e.Id == 2);
        MoveOver(path, Rules("2"));
        await HangGuard.Await(reloaded, "the edited file is reloaded");
        scorer.Assess(Referred).RuleSet.Version.Should().Be("2");
        var next = _log.Next(e => e.Id == 3);
        MoveOver(path, Rules("3").Replace("lead.Count", "lead.Nope", StringComparison.Ordinal));
        var refused = await HangGuard.Await(next, "the broken edit is reported");

        scorer.Assess(Referred).RuleSet.Version.Should().Be("2");
        refused.Level.Should().Be(LogLevel.Warning);
        refused.Message.Should().Contain("lead has no method 'Nope'");
    }

    [Fact]
    public void AddLeadRules_ReloadPollIntervalNotPositive_RefusedAtStart()
    {
        using var provider = Services(o => o.ReloadPollInterval = TimeSpan.Zero).BuildServiceProvider();

        var act = () => provider.GetRequiredService<LeadRulesScorer>();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "LeadRules: ReloadPollInterval is 00:00:00; it must be positive and at most 49 days, or Timeout.InfiniteTimeSpan to rely on the file watcher alone.");
    }

    [Fact]
    public void AssessParallel_Batch_LogsASummary()
    {
        using var provider = Services(null).BuildServiceProvider();

        var results = provider.GetRequiredService<LeadRulesScorer>().AssessParallel(new[] { Referred, new Lead("") });

        results.Should().HaveCount(2);
        _log.Events.Should().Contain(e => e.Id == 4 && e.Message.StartsWith("Assessed 2 leads (1 with errors) in ", StringComparison.Ordinal));
    }

    [Fact]
    public void AssessParallelInto_Batch_LogsASummaryOfTheLeadsOnly()
    {
        using var provider = Services(null).BuildServiceProvider();
        var results = new Assessment[3];

        provider.GetRequiredService<LeadRulesScorer>().AssessParallelInto(new[] { Referred, new Lead("") }, results, DateTimeOffset.UtcNow);

        results[2].Should().BeNull("the entry past the leads is left as it was");
        _log.Events.Should().Contain(e => e.Id == 4 && e.Message.StartsWith("Assessed 2 leads (1 with errors) in ", StringComparison.Ordinal));
    }

    private static string Rules(string version) => TestRuleSets.Build().Replace("\"Version\": \"1.0.0\"", $"\"Version\": \"{version}\"", StringComparison.Ordinal);

    /// <summary>Writes the whole file at once, so the watcher never sees it half written.</summary>
    private void MoveOver(string path, string json)
    {
        var temporary = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
    }

    private ServiceCollection Services(Action<LeadRulesOptions>? configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTime(Now));
        services.AddSingleton<ILogger<LeadRulesScorer>>(_log);
        services.AddLeadRules(configure);
        return services;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class CapturingLogger : ILogger<LeadRulesScorer>
    {
        private readonly List<(Func<(int Id, LogLevel Level, string Message), bool> Match, TaskCompletionSource<(int Id, LogLevel Level, string Message)> Seen)> _waiting = new();

        public ConcurrentQueue<(int Id, LogLevel Level, string Message)> Events { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var logged = (eventId.Id, logLevel, formatter(state, exception));
            lock (_waiting)
            {
                Events.Enqueue(logged);
                _waiting.RemoveAll(w => w.Match(logged) && w.Seen.TrySetResult(logged));
            }
        }

        /// <summary>The next event that matches, logged from now on.</summary>
        public Task<(int Id, LogLevel Level, string Message)> Next(Func<(int Id, LogLevel Level, string Message), bool> match)
        {
            var seen = new TaskCompletionSource<(int Id, LogLevel Level, string Message)>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiting)
            {
                _waiting.Add((match, seen));
            }

            return seen.Task;
        }
    }
}
