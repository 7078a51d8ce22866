using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;
using Xunit;

namespace LeadRules.Tests.Batch;

public class BatchTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LeadScorer Scorer = new(RuleSet.Default);

    [Fact]
    public void AssessMany_Span_OneResultPerLeadInOrderEqualToAssess()
    {
        var leads = LeadsWithSomeBad(2_000);
        var results = new Assessment[leads.Length];

        Scorer.AssessMany(leads, results, AsOf);

        results.Select(Describe).Should().Equal(leads.Select(l => Describe(Scorer.Assess(l, AsOf))));
        results.Count(r => !r.Succeeded).Should().Be(leads.Length / 100, "every hundredth lead is bad and the batch goes on");
    }

    [Fact]
    public void AssessMany_ResultsSpanTooShort_Throws()
    {
        var leads = LeadsWithSomeBad(10);

        var act = () => Scorer.AssessMany(leads, new Assessment[9], AsOf);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The results span holds 9 assessments but there are 10 leads; give it at least as many.*");
    }

    [Fact]
    public void AssessParallel_ManyLeads_InInputOrderEqualToSequential()
    {
        var leads = LeadsWithSomeBad(20_000);

        var results = Scorer.AssessParallel(leads, AsOf, new BatchOptions { ChunkSize = 3_000 });

        results.Should().HaveCount(leads.Length);
        results.Select(r => r.LeadId).Should().Equal(leads.Select(l => string.IsNullOrEmpty(l.Id) ? null : l.Id));
        results.Select(Describe).Should().Equal(Scorer.AssessMany(leads, AsOf).Select(Describe));
    }

    [Fact]
    public void AssessParallelInto_KeptArray_EachCallOverwritesTheLeadsEntriesInInputOrder()
    {
        var leads = LeadsWithSomeBad(20_000);
        var kept = new Assessment[leads.Length + 1];
        var earlier = AsOf.AddDays(-400);

        Scorer.AssessParallelInto(leads, kept, earlier, new BatchOptions { ChunkSize = 3_000 });
        Scorer.AssessParallelInto(leads, kept, AsOf, new BatchOptions { ChunkSize = 3_000 });

        kept[^1].Should().BeNull("the entry past the leads is left as it was");
        kept.Take(leads.Length).Select(r => r.AsOf).Should().OnlyContain(at => at == AsOf, "the second call replaced every lead's entry");
        kept.Take(leads.Length).Select(Describe).Should().Equal(Scorer.AssessMany(leads, AsOf).Select(Describe));
    }

    [Fact]
    public void AssessParallelInto_ResultsTooShortOrMissing_ThrowsBeforeAssessing()
    {
        var leads = LeadsWithSomeBad(10);
        var progress = new Recorder();

        var shortArray = () => Scorer.AssessParallelInto(leads, new Assessment[9], AsOf, new BatchOptions { Progress = progress });
        var noArray = () => Scorer.AssessParallelInto(leads, null!, AsOf);

        shortArray.Should().Throw<ArgumentException>()
            .WithMessage("The results array holds 9 assessments but there are 10 leads; give it at least as many.*")
            .WithParameterName("results");
        noArray.Should().Throw<ArgumentNullException>().WithParameterName("results");
        progress.Reports.Should().BeEmpty();
    }

    [Fact]
    public void AssessParallel_Progress_ReportsEveryChunkAndTheFailures()
    {
        var leads = LeadsWithSomeBad(10_000);
        var progress = new Recorder();

        Scorer.AssessParallel(leads, AsOf, new BatchOptions { ChunkSize = 4_000, Progress = progress });

        progress.Reports.Select(p => p.Processed).Should().Equal(4_000, 8_000, 10_000);
        progress.Reports.Last().Failed.Should().Be(100);
    }

    [Fact]
    public void AssessParallel_CancelledAfterTheFirstChunk_StopsWithOperationCanceled()
    {
        var leads = LeadsWithSomeBad(10_000);
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(_ => cancellation.Cancel());

        var act = () => Scorer.AssessParallel(leads, AsOf, new BatchOptions { ChunkSize = 1_000, Progress = progress }, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        progress.Reports.Should().ContainSingle().Which.Processed.Should().Be(1_000);
    }

    [Theory]
    [InlineData(0, 10, "MaxDegreeOfParallelism")]
    [InlineData(2, 0, "ChunkSize")]
    public void AssessParallel_InvalidOptions_Throw(int parallelism, int chunk, string name)
    {
        var act = () => Scorer.AssessParallel(LeadsWithSomeBad(1), AsOf, new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunk });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name);
    }

    [Fact]
    public void AssessItemsParallel_ItemsWithoutLead_GetNoAssessment()
    {
        var items = Enumerable.Range(0, 1_000).ToArray();

        var results = Scorer.AssessItemsParallel(
            items,
            i => i % 3 == 0 ? null : new Lead("P" + i, new[] { new ContactPoint("referral", AsOf.AddDays(-i)) }),
            (i, assessment) => assessment is null ? $"{i}: none" : $"{i}: {assessment.LeadId} {assessment.Temperature}",
            AsOf);

        results.Should().Equal(items.Select(i => i % 3 == 0 ? $"{i}: none" : $"{i}: P{i} Warm"));
    }

    [Fact]
    public async Task AssessManyAsync_Stream_InOrderAndReadsAtMostOneChunkAhead()
    {
        var leads = LeadsWithSomeBad(5_000);
        var pulled = 0;
        var results = new List<Assessment>();
        var furthestAhead = 0;

        await foreach (var result in Scorer.AssessManyAsync(Source(), AsOf, new BatchOptions { ChunkSize = 500 }))
        {
            results.Add(result);
            furthestAhead = Math.Max(furthestAhead, pulled - results.Count);
        }

        results.Select(Describe).Should().Equal(leads.Select(l => Describe(Scorer.Assess(l, AsOf))));
        furthestAhead.Should().BeLessThanOrEqualTo(500, "memory stays bounded by one chunk");

        async IAsyncEnumerable<Lead> Source()
        {
            foreach (var lead in leads)
            {
                pulled++;
                await Task.Yield();
                yield return lead;
            }
        }
    }

    [Fact]
    public void Assess_SharedScorerOnEightThreads_SameAsSequential()
    {
        var leads = LeadsWithSomeBad(4_000);
        var expected = leads.Select(l => Describe(Scorer.Assess(l, AsOf))).ToArray();
        var actual = new string[leads.Length];

        Parallel.For(0, leads.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(Scorer.Assess(leads[i], AsOf)));

        actual.Should().Equal(expected);
    }

    private static Lead[] LeadsWithSomeBad(int count)
    {
        var leads = LeadGenerator.Generate(RuleSet.Default, count, seed: 7, AsOf);
        for (var i = 50; i < count; i += 100)
        {
            leads[i] = new Lead(i % 200 == 50 ? string.Empty : "bad-" + i, new[] { new ContactPoint("fax", AsOf) });
        }

        return leads;
    }

    private static string Describe(Assessment a) => a.Succeeded
        ? $"{a.LeadId}|{a.Temperature}|{a.Score}|{a.Owner}|{string.Join(";", a.Recommendations.Select(r => r.Strategy))}|{string.Join(";", a.Reasons)}"
        : $"{a.LeadId}|error: {a.Error}";

    private sealed class Recorder : IProgress<BatchProgress>
    {
        private readonly Action<BatchProgress>? _then;

        public Recorder(Action<BatchProgress>? then = null) => _then = then;

        public List<BatchProgress> Reports { get; } = new();

        public void Report(BatchProgress value)
        {
            Reports.Add(value);
            _then?.Invoke(value);
        }
    }
}
