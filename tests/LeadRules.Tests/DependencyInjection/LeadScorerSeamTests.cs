using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Batch;
using LeadRules.Extensions.DependencyInjection;
using LeadRules.Leads;
using LeadRules.Reloading;
using LeadRules.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace LeadRules.Tests.DependencyInjection;

/// <summary>
/// <see cref="ILeadScorer"/>: the seam <see cref="LeadScorer"/>, <see cref="ReloadingLeadScorer"/> and the DI scorer share,
/// every bulk method on each; and options bound from configuration.
/// </summary>
public sealed class LeadScorerSeamTests : IDisposable
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2026-11-01T00:00:00Z");
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-seam-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Scorers() => new() { "LeadScorer", "ReloadingLeadScorer", "LeadRulesScorer" };

    [Theory]
    [MemberData(nameof(Scorers))]
    public async Task ILeadScorer_EveryBulkMethod_GivesWhatAssessGivesInInputOrder(string kind)
    {
        var leads = SampleLeads();
        var expected = leads.Select(l => Line(new LeadScorer(RuleSet.Default).Assess(l, AsOf))).ToArray();
        using var owner = Open(kind, out var scorer);

        scorer.Rules.Stamp.Name.Should().Be("default");
        scorer.AssessMany(leads, AsOf).Select(Line).Should().Equal(expected);
        var buffer = new Assessment[leads.Length];
        scorer.AssessMany(leads.AsSpan(), buffer, AsOf);
        buffer.Select(Line).Should().Equal(expected);
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, ChunkSize = 7 };
        scorer.AssessParallel(leads, AsOf, options).Select(Line).Should().Equal(expected);
        var kept = new Assessment[leads.Length];
        scorer.AssessParallelInto(leads, kept, AsOf, options);
        kept.Select(Line).Should().Equal(expected);
        scorer.AssessItemsParallel(leads, l => l, (l, a) => Line(a!), AsOf, options).Should().Equal(expected);
        var streamed = new List<string>();
        await foreach (var a in scorer.AssessManyAsync(Async(leads), AsOf, options))
        {
            streamed.Add(Line(a));
        }

        streamed.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Scorers))]
    public void AssessParallel_CancelledToken_Throws(string kind)
    {
        using var owner = Open(kind, out var scorer);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => scorer.AssessParallel(SampleLeads(), AsOf, new BatchOptions(), cancel.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void AddLeadRules_Registers_ILeadScorerAsTheSameSingleton()
    {
        using var provider = new ServiceCollection().AddLeadRules().BuildServiceProvider();

        provider.GetRequiredService<ILeadScorer>().Should().BeSameAs(provider.GetRequiredService<LeadRulesScorer>());
    }

    [Fact]
    public void AddLeadRules_Configuration_BindsEveryOptionByName()
    {
        var path = Path.Combine(_dir, "rules.json");
        File.WriteAllText(path, RuleSet.Default.Text);
        var configuration = Configuration(new()
        {
            ["LeadRules:RulesPath"] = path,
            ["LeadRules:UnknownTypes"] = "Ignore",
            ["LeadRules:Engine"] = "Reference",
            ["LeadRules:MaxDegreeOfParallelism"] = "3",
        });
        using var provider = new ServiceCollection().AddLeadRules(configuration.GetSection("LeadRules")).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LeadRulesOptions>>().Value;
        var result = provider.GetRequiredService<ILeadScorer>().Assess(new Lead("L1", new[] { new ContactPoint("carrier_pigeon") }), AsOf);

        (options.RulesPath, options.UnknownTypes, options.Engine, options.MaxDegreeOfParallelism).Should().Be((path, UnknownTypePolicy.Ignore, EvaluationEngine.Reference, 3));
        result.Succeeded.Should().BeTrue();
        result.Warnings.Should().ContainSingle();
    }

    [Fact]
    public void AddLeadRules_ConfigurationKeyThatNamesNoOption_FailsAtStartNamingIt()
    {
        var configuration = Configuration(new() { ["LeadRules:RulePath"] = "rules.json" });
        using var provider = new ServiceCollection().AddLeadRules(configuration.GetSection("LeadRules")).BuildServiceProvider();

        var act = () => provider.GetRequiredService<ILeadScorer>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*'RulePath'*");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private IDisposable? Open(string kind, out ILeadScorer scorer)
    {
        switch (kind)
        {
            case "LeadScorer":
                scorer = new LeadScorer(RuleSet.Default);
                return null;
            case "ReloadingLeadScorer":
                var path = Path.Combine(_dir, "rules.json");
                File.WriteAllText(path, RuleSet.Default.Text);
                var reloading = new ReloadingLeadScorer(path, watch: false);
                scorer = reloading;
                return reloading;
            default:
                var provider = new ServiceCollection().AddLeadRules().BuildServiceProvider();
                scorer = provider.GetRequiredService<LeadRulesScorer>();
                return provider;
        }
    }

    private static Lead[] SampleLeads() => File.ReadLines(RepoPaths.Samples("leads.ndjson")).Select(l => LeadJsonReader.Parse(l).Lead!).ToArray();

    private static async IAsyncEnumerable<Lead> Async(IEnumerable<Lead> leads)
    {
        foreach (var lead in leads)
        {
            await Task.Yield();
            yield return lead;
        }
    }

    private static string Line(Assessment a) =>
        $"{a.LeadId} {a.Temperature} {a.Score} {a.Owner} {string.Join(";", a.Recommendations.Select(r => r.Strategy))} {string.Join(";", a.Reasons)}";
}
