using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

/// <summary>
/// The article's temperatures as rules/default.json encodes them: qualified needs an intent contact point in the last
/// 30 days, contact points from at least two channel groups and no not_interested in the last 90 days; warm needs a
/// direct or social_proof contact point or a score of at least 10; everything else is cold.
/// Contact points are written <c>type@days</c> (days before the as-of time), <c>type@days*count</c>, or <c>type</c> (undated).
/// </summary>
public class DefaultTemperatureTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly LeadScorer Scorer = new(RuleSet.Default);

    public static TheoryData<string> ColdLeads() => new()
    {
        // No contact points at all: we may only have contact details.
        string.Empty,

        // We only reached out to them.
        "direct_mail@40, digital_ad_click@20",
        "direct_mail@10, email_open@5*3, sms_received@1",

        // A website and a search visit: 9 points, one short of warm.
        "newsletter_signup@30, organic_search_visit@30",

        // Intent alone, long ago and with a fading score, does not warm a lead up: pricing_view 6 points at 200 days, half-life 14.
        "pricing_view@200",
    };

    public static TheoryData<string> WarmLeadsThatReachedOut() => new()
    {
        // Reached out directly.
        "inbound_inquiry@5",

        // Reached out through social media.
        "social_inquiry@12",

        // Social proof: a friend recommended us.
        "referral@10",
        "review_view@2",

        // Other direct contacts, however old.
        "networking_contact@300",
        "retail_visit@60",

        // Reached out, after we reached out to them.
        "direct_mail@30, chat_conversation@3",
    };

    public static TheoryData<string, double> WarmLeadsByScore() => new()
    {
        // The cold lead above plus one website visit today: exactly 10 points.
        { "newsletter_signup@30, organic_search_visit@30, website_visit@0", 10 },

        // Only reached out to, but they click every email: 5 clicks of 2 points today, capped at 10.
        { "email_click@0*5", 10 },

        // Three content downloads today: 4 points each, capped at 12.
        { "content_download@0*3", 12 },
    };

    public static TheoryData<string> QualifiedLeads() => new()
    {
        // Recent intent plus a second channel group.
        "demo_request@2, website_visit@5",
        "inbound_inquiry@3, demo_request@2",
        "referral@20, quote_request@1",
        "organic_search_visit@20, trial_signup@7",

        // The intent window is 30 days, inclusive.
        "demo_request@30, website_visit@40",

        // A not_interested older than 90 days no longer holds them back.
        "inbound_inquiry@3, demo_request@2, not_interested@100",
    };

    public static TheoryData<string, Temperature, string> NotQualifiedLeads() => new()
    {
        // The intent is too old (60 days, the window is 30); its points still make the lead warm.
        { "demo_request@60, website_visit@5", Temperature.Warm, "warm_by_score" },
        { "demo_request@31, website_visit@5", Temperature.Warm, "warm_by_score" },

        // Recent intent from the intent group only.
        { "demo_request@2", Temperature.Warm, "warm_by_score" },
        { "demo_request@2, pricing_view@1, cart_add@1", Temperature.Warm, "warm_by_score" },

        // A negative contact point is not a second channel group.
        { "demo_request@2, email_bounce@1", Temperature.Warm, "warm_by_score" },

        // A recent not_interested: a lead that reached out stays warm...
        { "inbound_inquiry@3, demo_request@2, not_interested@10", Temperature.Warm, "warm_reached_out" },

        // ...and a lead that did not falls back to cold, its score negative.
        { "demo_request@2, website_visit@5, not_interested@10", Temperature.Cold, "cold_otherwise" },

        // Intent without a date is never recent.
        { "demo_request, website_visit@5", Temperature.Warm, "warm_by_score" },

        // Intent after the as-of time is not seen yet.
        { "demo_request@-1, website_visit@5", Temperature.Cold, "cold_otherwise" },
    };

    [Theory]
    [MemberData(nameof(ColdLeads))]
    public void Assess_LeadThatNeverReachedOut_IsColdAndOwnedByMarketing(string contactPoints)
    {
        var assessment = Assess(contactPoints);

        Decision(assessment).Should().Be((Temperature.Cold, Owner.Marketing, "cold_otherwise"));
        assessment.Score.Should().BeLessThan(10);
    }

    [Fact]
    public void Assess_LeadWithNoContactPoints_ScoresZero()
    {
        var assessment = Assess(string.Empty);

        assessment.Score.Should().Be(0);
        assessment.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Assess_LeadWeOnlyReachedOutTo_ScoresOnlyTheAdClick()
    {
        var assessment = Assess("direct_mail@40, digital_ad_click@20");

        assessment.Reasons.Select(r => r.ToString()).Should().Equal("ad_clicks:2");
        assessment.Score.Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(WarmLeadsThatReachedOut))]
    public void Assess_LeadThatReachedOutOrHasSocialProof_IsWarmAndOwnedByMarketing(string contactPoints)
    {
        var assessment = Assess(contactPoints);

        Decision(assessment).Should().Be((Temperature.Warm, Owner.Marketing, "warm_reached_out"));
    }

    [Theory]
    [MemberData(nameof(WarmLeadsByScore))]
    public void Assess_LeadWithEnoughScore_IsWarmAndOwnedByMarketing(string contactPoints, double score)
    {
        var assessment = Assess(contactPoints);

        Decision(assessment).Should().Be((Temperature.Warm, Owner.Marketing, "warm_by_score"));
        assessment.Score.Should().Be(score);
    }

    [Theory]
    [MemberData(nameof(QualifiedLeads))]
    public void Assess_RecentIntentFromTwoChannelGroups_IsQualifiedAndOwnedBySales(string contactPoints)
    {
        var assessment = Assess(contactPoints);

        Decision(assessment).Should().Be((Temperature.Qualified, Owner.Sales, "qualified_recent_intent"));
    }

    [Theory]
    [MemberData(nameof(NotQualifiedLeads))]
    public void Assess_OldIntentOneChannelGroupOrRecentDecline_IsNotQualified(string contactPoints, Temperature temperature, string rule)
    {
        var assessment = Assess(contactPoints);

        Decision(assessment).Should().Be((temperature, Owner.Marketing, rule));
    }

    [Fact]
    public void Assess_QualifiedLead_IsRecommendedSalesStrategiesOnly()
    {
        var lead = new Lead("L1", Points("demo_request@2, website_visit@5"), new Consent(ConsentState.Granted, ConsentState.Granted, ConsentState.Granted));

        var assessment = Scorer.Assess(lead, AsOf);

        assessment.Recommendations.Select(r => r.Strategy).Should().Equal("one_on_one_call", "in_person_meeting", "proposal");
        assessment.Recommendations.Select(r => r.Owner).Should().AllBeEquivalentTo(Owner.Sales);
    }

    [Theory]
    [MemberData(nameof(ColdLeads))]
    [MemberData(nameof(WarmLeadsThatReachedOut))]
    [MemberData(nameof(QualifiedLeads))]
    public void Assess_WithReferenceEngine_DecidesLikeTheCompiledEngine(string contactPoints)
    {
        var lead = new Lead("L1", Points(contactPoints));
        var reference = new LeadScorer(RuleSet.Default, new LeadScorerOptions { Engine = EvaluationEngine.Reference });

        var expected = Scorer.Assess(lead, AsOf);
        var actual = reference.Assess(lead, AsOf);

        Decision(actual).Should().Be(Decision(expected));
        actual.Score.Should().Be(expected.Score);
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled)]
    [InlineData(EvaluationEngine.Reference)]
    public void Assess_DatedCartAbandonedAddedToAnUndatedOne_StaysWarmWithFullPoints(EvaluationEngine engine)
    {
        var scorer = new LeadScorer(RuleSet.Default, new LeadScorerOptions { Engine = engine });

        var undated = scorer.Assess(new Lead("L1", Points("cart_abandoned")), AsOf);
        var undatedAndDated = scorer.Assess(new Lead("L1", Points("cart_abandoned, cart_abandoned@7")), AsOf);

        (undated.Temperature, undated.Score).Should().Be((Temperature.Warm, 15));
        (undatedAndDated.Temperature, undatedAndDated.Score).Should().Be((Temperature.Warm, 15));
    }

    private static Assessment Assess(string contactPoints)
    {
        var assessment = Scorer.Assess(new Lead("L1", Points(contactPoints)), AsOf);
        assessment.Error.Should().BeNull();
        return assessment;
    }

    private static (Temperature Temperature, Owner Owner, string? Rule) Decision(Assessment assessment) =>
        (assessment.Temperature, assessment.Owner, assessment.TemperatureRule);

    private static ContactPoint[] Points(string contactPoints) =>
        contactPoints.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Point).ToArray();

    private static ContactPoint Point(string text)
    {
        var (rest, count) = text.Split('*') is [var r, var c] ? (r, int.Parse(c, CultureInfo.InvariantCulture)) : (text, 1);
        return rest.Split('@') is [var type, var days]
            ? new ContactPoint(type, AsOf.AddDays(-int.Parse(days, CultureInfo.InvariantCulture)), count)
            : new ContactPoint(rest, null, count);
    }
}
