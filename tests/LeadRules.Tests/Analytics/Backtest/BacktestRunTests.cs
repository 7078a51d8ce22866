using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Backtest;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;
using BacktestRun = LeadRules.Analytics.Backtest.Backtest;

namespace LeadRules.Tests.Analytics.Backtest;

public class BacktestRunTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LeadScorer Scorer = new(RuleSet.Default);

    /// <summary>The sample leads, each labelled converted when its line number is a multiple of three.</summary>
    private static readonly (Lead Lead, bool Converted)[] Samples = ReadSamples();

    [Fact]
    public void Run_SampleLeadsInSmallChunks_AgreesWithCountingEachAssessment()
    {
        var result = BacktestRun.Run(Scorer, Samples, AsOf, new BatchOptions { ChunkSize = 7, MaxDegreeOfParallelism = 2 });
        var assessed = Samples.Select(s => (Assessment: Scorer.Assess(s.Lead, AsOf), s.Converted)).ToArray();

        result.Leads.Should().Be(50);
        result.Failed.Should().Be(0);
        result.BaseRate.Hits.Should().Be(16);
        result.Temperatures.Select(t => (t.Leads, t.Conversion.Hits)).Should().Equal(
            Enum.GetValues<Temperature>().Select(t => ((long)assessed.Count(a => a.Assessment.Temperature == t), (long)assessed.Count(a => a.Assessment.Temperature == t && a.Converted))));
        result.Owners.Select(o => o.Leads).Should().Equal(Enum.GetValues<Owner>().Select(o => (long)assessed.Count(a => a.Assessment.Owner == o)));
        result.ScoringRules.Select(r => (r.WhenHeld.Of, r.WhenHeld.Hits)).Should().Equal(result.ScoringRules.Select(r =>
            ((long)assessed.Count(a => a.Assessment.Reasons.Any(x => x.Rule == r.Rule)), (long)assessed.Count(a => a.Converted && a.Assessment.Reasons.Any(x => x.Rule == r.Rule)))));
        result.Strategies.Select(s => s.Recommended).Should().Equal(result.Strategies.Select(s =>
            (long)assessed.Count(a => a.Assessment.Recommendations.Any(x => x.Strategy == s.Strategy))));
        result.Workloads.Select(w => w.StrategiesDue).Should().Equal(Enum.GetValues<Owner>().Select(o =>
            (long)assessed.Sum(a => a.Assessment.Recommendations.Count(x => x.Owner == o))));
        result.Strategies.Select(s => s.Strategy).Should().Equal(RuleSet.Default.Rules.Where(r => r.Workflow == WorkflowNames.Strategies).Select(r => r.Name));
        result.ScoringRules.Select(r => r.Rule).Should().Equal(RuleSet.Default.Rules.Where(r => r.Workflow == WorkflowNames.Scoring).Select(r => r.Name));

        var converted = assessed.Where(a => a.Converted).Select(a => a.Assessment.Score).ToArray();
        var notConverted = assessed.Where(a => !a.Converted).Select(a => a.Assessment.Score).ToArray();
        var pairs = converted.Sum(c => notConverted.Sum(n => c > n ? 1.0 : c == n ? 0.5 : 0.0));
        result.Auc.Value.Should().BeApproximately(pairs / (converted.Length * notConverted.Length), 1e-12);
        result.Deciles.Sum(d => d.Conversion.Of).Should().Be(50);
    }

    [Fact]
    public void Run_ChunksAcrossCores_SameResultAsAddingOneByOne()
    {
        var accumulator = new BacktestAccumulator(RuleSet.Default, AsOf);
        foreach (var (lead, converted) in Samples)
        {
            accumulator.Add(lead, Scorer.Assess(lead, AsOf), converted);
        }

        var run = BacktestRun.Run(Scorer, Samples.Append(BacktestCasesFailing()), AsOf, new BatchOptions { ChunkSize = 5, MaxDegreeOfParallelism = 2 });

        run.Failed.Should().Be(1);
        BacktestAccumulatorTests.Json(run).Should().Be(BacktestAccumulatorTests.Json(accumulator.ToResult()).Replace("\"failed\": 0", "\"failed\": 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WithProgress_ReportsLeadsDoneAfterEveryChunk()
    {
        var reports = new List<BatchProgress>();
        var progress = new SynchronousProgress(reports.Add);

        BacktestRun.Run(Scorer, Samples.Take(20).Append(BacktestCasesFailing()), AsOf, new BatchOptions { ChunkSize = 8, Progress = progress });

        reports.Select(r => (r.Processed, r.Failed)).Should().Equal((8L, 0L), (16L, 0L), (21L, 1L));
    }

    [Fact]
    public void Run_ChunkBytesBelowOneLead_ClosesAChunkAfterEveryLead()
    {
        var reports = new List<BatchProgress>();

        BacktestRun.Run(Scorer, Samples.Take(4), AsOf, new BatchOptions { ChunkSize = 8, ChunkBytes = 1, Progress = new SynchronousProgress(reports.Add) });

        reports.Select(r => r.Processed).Should().Equal(1L, 2L, 3L, 4L);
    }

    [Fact]
    public void Run_NullLead_ThrowsNamingTheEntry()
    {
        var act = () => BacktestRun.Run(Scorer, new[] { Samples[0], (null!, true) }, AsOf);

        act.Should().Throw<ArgumentException>().WithMessage("Entry 1 of the leads has no lead (it is null); give every entry a lead. (Parameter 'leads')");
    }

    [Fact]
    public void Run_NoLeadsAndBadChunkSize_RefusesTheOptions()
    {
        var act = () => BacktestRun.Run(Scorer, Array.Empty<(Lead, bool)>(), AsOf, new BatchOptions { ChunkSize = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("BatchOptions.ChunkSize must be at least 1.*");
    }

    [Fact]
    public void Run_NoLeads_EmptyResult()
    {
        var result = BacktestRun.Run(Scorer, Array.Empty<(Lead, bool)>(), AsOf);

        (result.Leads, result.Failed).Should().Be((0, 0));
        result.RuleSet.Should().BeSameAs(RuleSet.Default.Stamp);
    }

    private static (Lead Lead, bool Converted) BacktestCasesFailing() => (new Lead("bad", new[] { new ContactPoint("not_a_type") }), true);

    private static (Lead Lead, bool Converted)[] ReadSamples()
    {
        using var reader = new StreamReader(RepoPaths.Samples("leads.ndjson"));
        return LeadJsonReader.ReadLines(reader).Select(line => (line.Lead!, line.LineNumber % 3 == 0)).ToArray();
    }

    private sealed class SynchronousProgress : IProgress<BatchProgress>
    {
        private readonly Action<BatchProgress> _report;

        public SynchronousProgress(Action<BatchProgress> report) => _report = report;

        public void Report(BatchProgress value) => _report(value);
    }
}
