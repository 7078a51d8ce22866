using System.Collections.Generic;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests;

/// <summary>A reason is a value: equal by rule (ordinal) and points, and safe to read when default.</summary>
public class ReasonTests
{
    [Fact]
    public void Equals_SameRuleAndPoints_AreEqualWithTheSameHash()
    {
        var one = new Reason("referral", 14.32);
        var two = new Reason(string.Concat("refer", "ral"), 14.32);

        (one == two).Should().BeTrue();
        one.Equals((object)two).Should().BeTrue();
        one.GetHashCode().Should().Be(two.GetHashCode());
        new HashSet<Reason> { one, two }.Should().ContainSingle();
    }

    [Theory]
    [InlineData("referral", 14.31)]
    [InlineData("Referral", 14.32)]
    [InlineData("ad_clicks", 14.32)]
    public void Equals_OtherRuleOrPoints_Differ(string rule, double points)
    {
        var reason = new Reason(rule, points);

        (reason != new Reason("referral", 14.32)).Should().BeTrue();
        reason.Equals((object)"referral:14.32").Should().BeFalse();
    }

    [Fact]
    public void Default_HasAnEmptyRuleAndZeroPoints()
    {
        var reason = default(Reason);

        reason.Rule.Should().BeEmpty();
        reason.Points.Should().Be(0);
        reason.ToString().Should().Be(":0");
        reason.Should().Be(new Reason(string.Empty, 0));
    }
}
