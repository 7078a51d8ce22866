using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Calibration;
using Xunit;

namespace LeadRules.Tests.Analytics.Calibration;

public sealed class HoldoutSplitTests
{
    [Fact]
    public void IsHoldout_ManyIds_HoldsOutAboutTheShare()
    {
        var split = new HoldoutSplit(42, 0.3);

        var share = Enumerable.Range(0, 100_000).Count(i => split.IsHoldout($"row-{i}")) / 100_000.0;

        share.Should().BeApproximately(0.3, 0.01);
    }

    [Fact]
    public void IsHoldout_SameSeed_SameSideWhateverTheOrder()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"L{i}").ToArray();

        var forward = ids.Select(new HoldoutSplit(7, 0.3).IsHoldout).ToArray();
        var backward = ids.Reverse().Select(new HoldoutSplit(7, 0.3).IsHoldout).Reverse().ToArray();

        backward.Should().Equal(forward);
    }

    [Fact]
    public void IsHoldout_AnotherSeed_AnotherSplit()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"L{i}").ToArray();

        ids.Select(new HoldoutSplit(1, 0.3).IsHoldout).Should().NotEqual(ids.Select(new HoldoutSplit(2, 0.3).IsHoldout));
    }
}
