using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Evaluation;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>Read-only lists shared per combination: one list per key from any number of threads, up to the bound, and fresh lists past it.</summary>
public class SharedListsTests
{
    [Fact]
    public void Keep_FromTwoThreads_HandsBothTheSameListPerKey()
    {
        var lists = new SharedLists<int>();

        var handed = new IReadOnlyList<int>[2][];
        Parallel.For(0, 2, round => handed[round] = Enumerable.Range(0, 2_000).Select(k => lists.Keep((ulong)k, new[] { k })).ToArray());

        for (var k = 0; k < 2_000; k++)
        {
            lists.TryGet((ulong)k, out var list).Should().BeTrue();
            handed[0][k].Should().BeSameAs(list).And.Equal(k);
            handed[1][k].Should().BeSameAs(list);
        }
    }

    [Fact]
    public void Keep_PastTheBound_HandsFreshListsAndKeepsNoMore()
    {
        var lists = new SharedLists<int>();
        var keys = SharedLists<int>.MaxLists + 500;

        var handed = Enumerable.Range(0, keys).Select(k => lists.Keep((ulong)k, new[] { k })).ToArray();

        Enumerable.Range(0, keys).Count(k => lists.TryGet((ulong)k, out _)).Should().Be(SharedLists<int>.MaxLists);
        handed.Select((list, k) => list.Single() == k).Should().AllBeEquivalentTo(true);
        lists.Keep((ulong)(keys - 1), new[] { -1 }).Should().Equal(-1);
    }
}
