using System;
using System.Collections.Generic;
using FluentAssertions;
using LeadRules.Leads;
using Xunit;

namespace LeadRules.Tests.Leads;

public class LeadTests
{
    [Fact]
    public void Constructor_NullableAttributeDictionary_CompilesWithoutWarningAndNullIsMissing()
    {
        // Warnings are errors here: this compiles only because the parameter takes Dictionary<string, object?> as it is.
        var attributes = new Dictionary<string, object?> { ["industry"] = "retail", ["region"] = null };

        var lead = new Lead("L1", attributes: attributes);

        lead.Attributes.Should().BeEquivalentTo(new Dictionary<string, object> { ["industry"] = "retail" });
    }

    [Fact]
    public void Constructor_CrmAttributeTypes_AreTextNumbersOrMissing()
    {
        var attributes = new Dictionary<string, object>
        {
            ["industry"] = "retail",
            ["employees"] = 250,
            ["revenue"] = 1.5m,
            ["vip"] = true,
            ["churned"] = false,
            ["signed_up"] = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.FromHours(2)),
            ["renewal"] = new DateTime(2027, 1, 31, 23, 59, 59, 900, DateTimeKind.Unspecified),
            ["updated"] = new DateTime(2026, 10, 5, 12, 0, 0, DateTimeKind.Utc),
            ["region"] = null!,
        };

        var lead = new Lead("L1", attributes: attributes);

        lead.Attributes.Should().BeEquivalentTo(new Dictionary<string, object>
        {
            ["industry"] = "retail",
            ["employees"] = 250,
            ["revenue"] = 1.5m,
            ["vip"] = "true",
            ["churned"] = "false",
            ["signed_up"] = "2026-10-01T08:00:00Z",
            ["renewal"] = "2027-01-31T23:59:59Z",
            ["updated"] = "2026-10-05T12:00:00Z",
        });
    }

    [Fact]
    public void Constructor_LocalDateTime_IsConvertedToUtc()
    {
        var local = new DateTime(2026, 10, 1, 12, 0, 0, DateTimeKind.Local);

        var lead = new Lead("L1", attributes: new Dictionary<string, object> { ["seen"] = local });

        lead.Attributes["seen"].Should().Be(local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Constructor_OnlyNullAttributes_HasNone()
    {
        var lead = new Lead("L1", attributes: new Dictionary<string, object> { ["region"] = null! });

        lead.Attributes.Should().BeEmpty();
    }

    [Fact]
    public void Assess_BooleanAndDateAttributes_AreScoredWithoutError()
    {
        var lead = new Lead("L1", new[] { new ContactPoint("referral") }, attributes: new Dictionary<string, object> { ["vip"] = true, ["since"] = new DateTime(2026, 1, 1) });

        var assessment = new LeadScorer(LeadRules.Rules.RuleSet.Default).Assess(lead, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

        assessment.Succeeded.Should().BeTrue(assessment.Error);
        assessment.Warnings.Should().BeEmpty();
    }
}
