using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Leads.Mapping;

public class BankMarketingMappingTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2010-11-30T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static string BankFile => Path.Combine(RepoPaths.Root, "..", "shared", "data", "bank-marketing", "bank-full.csv");

    [Fact]
    public void ReadLines_BankFileThroughSampleMapping_OneLeadPerClientWithTheKnownCounts()
    {
        var mapping = LeadMapping.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "mapping.json")));
        using var text = File.OpenText(BankFile);
        using var reader = new CsvLeadReader(mapping, text, AsOf, null);

        var lines = reader.ReadLines().ToList();

        lines.Should().HaveCount(45_211);
        lines.Where(l => l.Error is not null).Select(l => $"{l.LineNumber}: {l.Error}").Should().BeEmpty();
        lines.Count(l => l.Converted == true).Should().Be(5_289);
        lines.Count(l => l.Lead!.ContactPoints.Any(p => p.Type == "prior_success")).Should().Be(CountRawPriorSuccess());
        lines[0].LineNumber.Should().Be(2);
        lines[0].Id.Should().Be("row-2");
        lines[^1].LineNumber.Should().Be(45_212);
        reader.Summary.Rows.Should().Be(45_211);
        reader.Summary.RowsWithErrors.Should().Be(0);
        reader.Summary.Converted.Should().Be(5_289);
    }

    [Fact]
    public void ReadLines_BankFileFirstClient_MapsEveryColumn()
    {
        var mapping = LeadMapping.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "mapping.json")));
        using var text = File.OpenText(BankFile);
        using var reader = new CsvLeadReader(mapping, text, AsOf, null);

        var lead = reader.ReadLines().First().Lead!;

        // 58;"management";"married";"tertiary";"no";2143;"yes";"no";"unknown";5;"may";261;1;-1;0;"unknown";"no"
        lead.ContactPoints.Select(p => (p.Type, p.At, p.Count)).Should().Equal(("campaign_call", (DateTimeOffset?)AsOf, 1));
        lead.Consent.Phone.Should().Be(ConsentState.Unknown);
        lead.Attributes.Should().BeEquivalentTo(new System.Collections.Generic.Dictionary<string, object>
        {
            ["age"] = 58.0, ["job"] = "management", ["marital"] = "married", ["education"] = "tertiary",
            ["default"] = "false", ["balance"] = 2143.0, ["housing"] = "true", ["loan"] = "false",
        });
    }

    [Fact]
    public void Assess_BankLeadsWithAFixedAge_RecencyRulesFire()
    {
        const string vocabulary = " \"Vocabulary\": { \"ContactPointTypes\": { \"campaign_call\": \"marketing\", \"previous_call\": \"marketing\", "
            + "\"prior_success\": \"outcome\", \"prior_failure\": \"negative\", \"prior_other\": \"direct\" } },";
        const string recency = "{ \"RuleName\": \"called_this_week\", \"Expression\": \"lead.Within(\\\"campaign_call\\\", 7)\", \"Properties\": { \"points\": 5 } }";
        var rules = RuleSet.Parse(TestRuleSets.Build(scoring: recency, header: vocabulary));
        var mapping = LeadMapping.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "mapping.json")));
        using var text = File.OpenText(BankFile);
        using var reader = new CsvLeadReader(mapping, text, AsOf, null);
        var scorer = new LeadScorer(rules);

        var scores = reader.ReadLines().Take(1_000).Select(l => scorer.Assess(l.Lead!, AsOf)).Select(a => a.Error ?? a.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));

        mapping.Check(rules.Vocabulary).Should().BeEmpty();
        scores.Should().AllBe("5");
    }

    /// <summary>Counts the rows whose poutcome is "success" with plain string splitting, independently of the reader.</summary>
    private static int CountRawPriorSuccess()
    {
        var lines = File.ReadAllLines(BankFile);
        var column = Array.IndexOf(lines[0].Split(';'), "\"poutcome\"");
        column.Should().BeGreaterThanOrEqualTo(0);
        return lines.Skip(1).Count(l => l.Split(';')[column] == "\"success\"");
    }
}
