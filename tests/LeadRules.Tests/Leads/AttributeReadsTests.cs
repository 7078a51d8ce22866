using System;
using System.Collections.Generic;
using System.IO;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Leads;

public class AttributeReadsTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    // b2b-example.json reads lead.Number("company_size") and lead.Text("region"); default.json reads lead.Text("role").
    private static readonly LeadScorer B2b = new(RuleSet.Load(RepoPaths.Rules("b2b-example.json")));

    public static TheoryData<string, object, string> NearMisses() => new()
    {
        { "company_size", "250", "attributes.company_size: \"250\" is text, but the rules read it with lead.Number; give it as a number (250)." },
        { "company_size", " 1.50 ", "attributes.company_size: \" 1.50 \" is text, but the rules read it with lead.Number; give it as a number (1.5)." },
        { "region", 44, "attributes.region: 44 is a number, but the rules read it with lead.Text; give it as text (\"44\")." },
        { "region", 4.5, "attributes.region: 4.5 is a number, but the rules read it with lead.Text; give it as text (\"4.5\")." },
        { "Company_Size", 250, "attributes.Company_Size: the rules read 'company_size'; attribute names are case-sensitive: did you mean 'company_size'?" },
        { "REGION", "emea", "attributes.REGION: the rules read 'region'; attribute names are case-sensitive: did you mean 'region'?" },
    };

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Assess_NearMissAttribute_WarnsWithExactText(string name, object value, string warning)
    {
        var assessment = B2b.Assess(Lead(new Dictionary<string, object> { [name] = value }), AsOf);

        assessment.Succeeded.Should().BeTrue(assessment.Error);
        assessment.Warnings.Should().Equal(warning);
    }

    [Theory]
    [InlineData("company_size", 250)]
    [InlineData("company_size", "large")]
    [InlineData("region", "emea")]
    [InlineData("industry", "250")]
    [InlineData("Industry", 7)]
    public void Assess_AttributeReadAsGivenOrNotRead_HasNoWarning(string name, object value)
    {
        var assessment = B2b.Assess(Lead(new Dictionary<string, object> { [name] = value }), AsOf);

        assessment.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_BothCasesGiven_HasNoCaseWarning()
    {
        var assessment = B2b.Assess(Lead(new Dictionary<string, object> { ["region"] = "emea", ["Region"] = "apac" }), AsOf);

        assessment.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_NdjsonLineWithNearMisses_WarnsForEach()
    {
        var line = LeadJsonReader.Parse("{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\"}],\"attributes\":{\"company_size\":\"250\",\"region\":7,\"vip\":true}}", 1);

        var assessment = B2b.Assess(line.Lead!, AsOf);

        assessment.Warnings.Should().Equal(
            "attributes.company_size: \"250\" is text, but the rules read it with lead.Number; give it as a number (250).",
            "attributes.region: 7 is a number, but the rules read it with lead.Text; give it as text (\"7\").");
    }

    [Fact]
    public void Assess_DefaultRulesReadRoleAsText_WarnAboutANumberRole()
    {
        var assessment = new LeadScorer(RuleSet.Default).Assess(Lead(new Dictionary<string, object> { ["role"] = 3 }), AsOf);

        assessment.Warnings.Should().Equal("attributes.role: 3 is a number, but the rules read it with lead.Text; give it as text (\"3\").");
    }

    private static Lead Lead(Dictionary<string, object> attributes) => new("L1", new[] { new ContactPoint("referral", AsOf.AddDays(-3)) }, attributes: attributes);
}
