using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Recency;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Recency;

public class UndatedRecencyCounterTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_DefaultRules_ListEveryRuleThatAsksTheAgeOfAContactPointInFileOrder()
    {
        var counter = new UndatedRecencyCounter(RuleSet.Default);

        counter.Counts.Select(c => c.ToString()).Should().Equal(
            "temperature/qualified_recent_intent: 0 leads",
            "strategies/warm_call: 0 leads",
            "strategies/in_person_meeting: 0 leads",
            "strategies/limited_time_discount: 0 leads",
            "strategies/abandoned_cart_email: 0 leads",
            "strategies/retail_interaction: 0 leads");
        counter.HasRecencyRules.Should().BeTrue();
    }

    [Fact]
    public void Add_UndatedIntentOnly_CountsTheRuleThatAsksThroughAGlobalParam()
    {
        var counter = new UndatedRecencyCounter(RuleSet.Default);

        counter.Add(new Lead("L1", [new ContactPoint("demo_request"), new ContactPoint("website_visit", AsOf.AddDays(-3))]));

        Count(counter, "qualified_recent_intent").Should().Be(1);
        counter.Leads.Should().Be(1);
    }

    [Theory]
    [InlineData("dated intent", true, false)]
    [InlineData("dated and undated intent of two types", true, true)]
    [InlineData("no intent at all", false, false)]
    public void Add_IntentDatedOrAbsent_DoesNotCountTheRule(string because, bool dated, bool alsoUndated)
    {
        var counter = new UndatedRecencyCounter(RuleSet.Default);
        var points = new[] { new ContactPoint("website_visit") }.AsEnumerable();
        if (dated)
        {
            points = points.Append(new ContactPoint("demo_request", AsOf.AddDays(-2)));
        }

        if (alsoUndated)
        {
            points = points.Append(new ContactPoint("pricing_view"));
        }

        counter.Add(new Lead("L1", points));

        Count(counter, "qualified_recent_intent").Should().Be(0, because);
    }

    [Fact]
    public void Add_UndatedTypeOfAWithinCall_CountsOnlyTheRulesAskingAboutThatType()
    {
        var counter = new UndatedRecencyCounter(RuleSet.Default);

        counter.Add(new Lead("L1", [new ContactPoint("retail_visit", AsOf.AddDays(-1)), new ContactPoint("cart_abandoned")]));

        Count(counter, "abandoned_cart_email").Should().Be(1);
        Count(counter, "retail_interaction").Should().Be(0);
    }

    [Fact]
    public void Add_RecencyInLocalParamsNestedRulesAndNonLiteralTypes_FindsEveryOne()
    {
        var rules = RuleSet.Parse(TestRuleSets.Build(
            scoring: """
            { "RuleName": "nested", "Operator": "Or", "Rules": [
                { "RuleName": "inner", "Expression": "lead.DaysSince(\"referral\") < 30" } ], "Properties": { "points": 1 } },
              { "RuleName": "local", "LocalParams": [ { "Name": "fresh", "Expression": "lead.GroupWithin(\"search\", 7)" } ],
                "Expression": "fresh", "Properties": { "points": 1 } },
              { "RuleName": "by_attribute", "Expression": "lead.Within(lead.Text(\"type\"), 7)", "Properties": { "points": 1 } },
              { "RuleName": "counts_only", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 1 } }
            """));
        var counter = new UndatedRecencyCounter(rules);

        counter.Add(new Lead("L1", [new ContactPoint("referral"), new ContactPoint("organic_search_visit")]));
        counter.Add(new Lead("L2", [new ContactPoint("referral"), new ContactPoint("website_visit", AsOf)]));

        counter.Counts.Select(c => c.ToString()).Should().Equal(
            "scoring/nested: 2 leads",
            "scoring/local: 1 leads",
            "scoring/by_attribute: 1 leads");
    }

    [Fact]
    public void Add_ManyLeadsAcrossThreads_CountsEveryOne()
    {
        var counter = new UndatedRecencyCounter(RuleSet.Default);
        var undated = new Lead("U", [new ContactPoint("cart_abandoned")]);
        var dated = new Lead("D", [new ContactPoint("cart_abandoned", AsOf)]);

        Parallel.For(0, 20_000, i => counter.Add(i % 4 == 0 ? dated : undated));

        counter.Leads.Should().Be(20_000);
        Count(counter, "abandoned_cart_email").Should().Be(15_000);
    }

    private static long Count(UndatedRecencyCounter counter, string rule) => counter.Counts.Single(c => c.Rule == rule).Leads;
}
