using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Evaluation;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>Lists shared per combination: each key's list holds that key's items from any number of threads, and the table never grows.</summary>
public class SharedListsTests
{
    [Fact]
    public void Keep_ThenTryGet_HandsTheKeptListUntilAnotherKeyTakesItsEntry()
    {
        var lists = new SharedLists<int>();

        var kept = lists.Keep(42, new[] { 42 });

        lists.TryGet(42, out var list).Should().BeTrue();
        list.Should().BeSameAs(kept).And.Equal(42);
        lists.TryGet(43, out _).Should().BeFalse();
    }

    [Fact]
    public void KeepAndTryGet_FromTwoThreadsOverManyMoreKeysThanEntries_NeverHandAnotherKeysList()
    {
        var lists = new SharedLists<int>();
        var keys = SharedLists<int>.Slots * 4;

        var wrong = new int[2];
        Parallel.For(0, 2, round =>
        {
            for (var k = 0; k < keys; k++)
            {
                var key = (ulong)((k * 7919L) % keys);
                var list = lists.TryGet(key, out var found) ? found : lists.Keep(key, new[] { (int)key });
                wrong[round] += list.Length == 1 && list[0] == (int)key ? 0 : 1;
            }
        });

        wrong.Should().Equal(0, 0);
        Enumerable.Range(0, keys).Count(k => lists.TryGet((ulong)k, out _)).Should().BeLessThanOrEqualTo(SharedLists<int>.Slots);
    }
}
