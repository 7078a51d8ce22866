using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Batch;

/// <summary><c>AssessManyAsync</c> holds a bounded number of bytes of leads whatever their size.</summary>
public class StreamingBoundTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LeadScorer Scorer = new(RuleSet.Default);

    [Fact]
    public async Task AssessManyAsync_LongTextLeads_PullsAheadNoMoreThanChunkBytesPlusOneLead()
    {
        const long chunkBytes = 1024 * 1024;
        var source = new CountingSource(count: 300, textLength: 100_000);
        var yielded = 0;

        await foreach (var result in Scorer.AssessManyAsync(source.Leads(), AsOf, new BatchOptions { ChunkBytes = chunkBytes }))
        {
            result.LeadId.Should().Be("T" + yielded);
            yielded++;
            source.Yielded(yielded);
        }

        yielded.Should().Be(300);
        var leadBytes = LeadSize.Bytes(source.Make(0));
        leadBytes.Should().BeGreaterThan(200_000, "a lead of 100,000 characters holds over 200,000 bytes");
        source.MostCharsAhead.Should().BeLessThanOrEqualTo((chunkBytes / 2) + 100_000, "a chunk closes once its leads reach ChunkBytes");
        source.MostLeadsAhead.Should().Be((int)((chunkBytes + leadBytes - 1) / leadBytes));
    }

    [Fact]
    public void AssessManyAsync_ChunkBytesBelowOne_Throws()
    {
        var act = () => Scorer.AssessManyAsync(AsyncEnumerable.Empty<Lead>(), AsOf, new BatchOptions { ChunkBytes = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("BatchOptions.ChunkBytes must be at least 1.*");
    }

    /// <summary>Leads with one long text attribute, counting how many leads and characters were pulled ahead of the results.</summary>
    private sealed class CountingSource
    {
        private readonly int _count;
        private readonly string _text;
        private int _pulled;
        private int _yielded;

        public CountingSource(int count, int textLength)
        {
            _count = count;
            _text = new string('x', textLength);
        }

        public int MostLeadsAhead { get; private set; }

        public long MostCharsAhead { get; private set; }

        public Lead Make(int i) => new("T" + i, new[] { new ContactPoint("referral", AsOf.AddDays(-1)) }, attributes: new Dictionary<string, object> { ["note"] = _text });

        public async IAsyncEnumerable<Lead> Leads()
        {
            for (var i = 0; i < _count; i++)
            {
                await Task.Yield();
                _pulled++;
                MostLeadsAhead = Math.Max(MostLeadsAhead, _pulled - _yielded);
                MostCharsAhead = Math.Max(MostCharsAhead, (long)(_pulled - _yielded) * _text.Length);
                yield return Make(i);
            }
        }

        public void Yielded(int count) => _yielded = count;
    }
}
