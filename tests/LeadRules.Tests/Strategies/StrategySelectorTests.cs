using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Strategies;

public class StrategySelectorTests
{
    // Contact points as "type@daysAgo" or "type@daysAgo*count", space-separated; no "@" means undated, a negative age means after the as-of time.
    private const string Cold = "direct_mail@5";
    private const string Warm = "referral@3";
    private const string WarmDirect = "inbound_inquiry@2 networking_contact@4";
    private const string Qualified = "pricing_view@2 website_visit@2";
    private const string QualifiedFull = "demo_request@3 retail_visit@2 cart_abandoned@1";
    private const string QualifiedBase = "demo_request@3 website_visit@3";
    private const string WarmDeclined = "referral@3 not_interested@20";

    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LeadScorer Scorer = new(RuleSet.Default);
    private static readonly Lazy<Dictionary<string, JsonElement>> RuleFileStrategies = new(ReadRuleFileStrategies);

    /// <summary>The strategy catalogue of docs/domain.md, each with a lead (contact points) it is recommended for.</summary>
    public static TheoryData<string, string, Owner, string, string, string> Catalogue() => new()
    {
        { "direct_mailer", "cold", Owner.Marketing, "mail", "mail", Cold },
        { "digital_ads", "cold", Owner.Marketing, "ads", "none", Cold },
        { "sponsored_social_post", "cold", Owner.Marketing, "social", "none", Cold },
        { "personal_follow_up_email", "warm", Owner.Marketing, "email", "email", Warm },
        { "sales_letter", "warm", Owner.Marketing, "mail", "mail", Warm },
        { "seminar_invitation", "warm", Owner.Marketing, "email", "email", Warm },
        { "one_on_one_call", "qualified", Owner.Sales, "phone", "phone", Qualified },
        { "in_person_meeting", "qualified", Owner.Sales, "in_person", "none", Qualified },
        { "limited_time_discount", "qualified", Owner.Sales, "email", "email", Qualified },
        { "proposal", "qualified", Owner.Sales, "email", "email", QualifiedFull },
        { "abandoned_cart_email", "warm,qualified", Owner.Sales, "email", "email", QualifiedFull },
        { "cold_call", "cold", Owner.Sales, "phone", "phone", Cold },
        { "warm_call", "warm", Owner.Sales, "phone", "phone", WarmDirect },
        { "promo_event_invitation", "warm,qualified", Owner.Sales, "event", "none", WarmDirect },
        { "networking", "cold,warm", Owner.Sales, "in_person", "none", WarmDirect },
        { "retail_interaction", "qualified", Owner.Sales, "in_person", "none", QualifiedFull },
    };

    public static TheoryData<string, string> CatalogueStrategies() => Project(Catalogue(), row => true, row => ((string)row[0], (string)row[5]));

    public static TheoryData<string, string, string> CatalogueNeedingConsent() =>
        Project(Catalogue(), row => (string)row[4] != "none", row => ((string)row[0], (string)row[4], (string)row[5]));

    public static TheoryData<string, string> CatalogueNeedingNoConsent() =>
        Project(Catalogue(), row => (string)row[4] == "none", row => ((string)row[0], (string)row[5]));

    public static TheoryData<string, Temperature, string> RankedRecommendations() => new()
    {
        { Cold, Temperature.Cold, "direct_mailer,digital_ads,sponsored_social_post,cold_call" },
        { Warm, Temperature.Warm, "personal_follow_up_email,seminar_invitation,sales_letter" },
        { WarmDirect, Temperature.Warm, "personal_follow_up_email,seminar_invitation,warm_call,sales_letter,promo_event_invitation,networking" },
        { Qualified, Temperature.Qualified, "one_on_one_call,in_person_meeting,limited_time_discount" },
        {
            QualifiedFull, Temperature.Qualified,
            "abandoned_cart_email,one_on_one_call,in_person_meeting,proposal,limited_time_discount,retail_interaction,promo_event_invitation"
        },
    };

    public static TheoryData<string, Temperature, bool> AbandonedCart() => new()
    {
        { QualifiedBase + " cart_abandoned@0", Temperature.Qualified, true },
        { QualifiedBase + " cart_abandoned@6.9", Temperature.Qualified, true },
        { QualifiedBase + " cart_abandoned@7", Temperature.Qualified, true },
        { QualifiedBase + " cart_abandoned@7.1", Temperature.Qualified, false },
        { QualifiedBase + " cart_abandoned@30", Temperature.Qualified, false },
        { QualifiedBase + " cart_abandoned@30 cart_abandoned@2", Temperature.Qualified, true },
        { QualifiedBase + " cart_abandoned", Temperature.Qualified, false },
        { QualifiedBase + " cart_abandoned@-1", Temperature.Qualified, false },
        { QualifiedBase + " cart_add@1", Temperature.Qualified, false },
        { QualifiedBase + " cart_abandoned@1*0", Temperature.Qualified, false },
        { QualifiedBase + " cart_abandoned@1*3", Temperature.Qualified, true },
        { QualifiedBase, Temperature.Qualified, false },
        { WarmDeclined + " cart_abandoned@1", Temperature.Warm, true },
        { WarmDeclined + " cart_abandoned@8", Temperature.Warm, false },
        { "cart_abandoned@0 email_bounce@1", Temperature.Cold, false },
    };

    public static TheoryData<string, Temperature, bool> RetailInteraction() => new()
    {
        { QualifiedBase + " retail_visit@0", Temperature.Qualified, true },
        { QualifiedBase + " retail_visit@14", Temperature.Qualified, true },
        { QualifiedBase + " retail_visit@15", Temperature.Qualified, false },
        { QualifiedBase + " retail_visit@60", Temperature.Qualified, false },
        { QualifiedBase + " retail_visit", Temperature.Qualified, false },
        { QualifiedBase + " retail_visit@-1", Temperature.Qualified, false },
        { QualifiedBase + " event_visit@1", Temperature.Qualified, false },
        { QualifiedBase + " retail_visit@1*0", Temperature.Qualified, false },
        { QualifiedBase, Temperature.Qualified, false },
        { "retail_visit@1", Temperature.Warm, false },
        { WarmDeclined + " retail_visit@1", Temperature.Warm, false },
    };

    public static TheoryData<string, string, Temperature, bool> Eligibility() => new()
    {
        { "cold_call", Cold, Temperature.Cold, true },
        { "cold_call", Cold + " email_bounce@2", Temperature.Cold, false },
        { "seminar_invitation", Warm, Temperature.Warm, true },
        { "seminar_invitation", "seminar_attended@10", Temperature.Warm, false },
        { "warm_call", "inbound_inquiry@30", Temperature.Warm, true },
        { "warm_call", "inbound_inquiry@31", Temperature.Warm, false },
        { "warm_call", Warm, Temperature.Warm, false },
        { "warm_call", Warm + " inbound_inquiry@1*0", Temperature.Warm, false },
        { "promo_event_invitation", "inbound_inquiry@60", Temperature.Warm, true },
        { "promo_event_invitation", Warm, Temperature.Warm, false },
        { "promo_event_invitation", "demo_request@3 event_visit@5", Temperature.Qualified, true },
        { "promo_event_invitation", Qualified, Temperature.Qualified, false },
        { "networking", "networking_contact@100", Temperature.Warm, true },
        { "networking", "event_visit@100", Temperature.Warm, true },
        { "networking", "inbound_inquiry@2", Temperature.Warm, false },
        { "networking", "demo_request@3 event_visit@5", Temperature.Qualified, false },
        { "in_person_meeting", Qualified, Temperature.Qualified, true },
        { "in_person_meeting", "meeting_held@14 website_visit@2", Temperature.Qualified, false },
        { "in_person_meeting", "meeting_held@15 website_visit@2", Temperature.Qualified, true },
        { "limited_time_discount", "pricing_view@14 demo_request@2 website_visit@2", Temperature.Qualified, true },
        { "limited_time_discount", "pricing_view@15 demo_request@2 website_visit@2", Temperature.Qualified, false },
        { "limited_time_discount", QualifiedBase + " cart_abandoned@14", Temperature.Qualified, true },
        { "limited_time_discount", QualifiedBase, Temperature.Qualified, false },
        { "proposal", "quote_request@3 website_visit@2", Temperature.Qualified, true },
        { "proposal", "meeting_held@20 website_visit@2", Temperature.Qualified, true },
        { "proposal", Qualified, Temperature.Qualified, false },
        { "one_on_one_call", Qualified, Temperature.Qualified, true },
        { "one_on_one_call", Warm, Temperature.Warm, false },
        { "digital_ads", string.Empty, Temperature.Cold, true },
        { "digital_ads", Warm, Temperature.Warm, false },
        { "personal_follow_up_email", Cold, Temperature.Cold, false },
        { "personal_follow_up_email", Qualified, Temperature.Qualified, false },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Select_CatalogueStrategy_HasOwnerChannelPriorityAndReasonOfTheCatalogue(
        string strategy, string stages, Owner owner, string channel, string consent, string points)
    {
        var file = RuleFileStrategies.Value[strategy];
        var granted = consent == "none" ? Consent.Unknown : ConsentOn(consent, ConsentState.Granted);

        var assessment = Scorer.Assess(MakeLead(points, granted), AsOf);

        stages.Split(',').Should().Contain(assessment.Temperature.ToName());
        var recommendation = assessment.Recommendations.Should().ContainSingle(r => r.Strategy == strategy).Which;
        recommendation.Owner.Should().Be(owner);
        recommendation.Channel.Should().Be(channel);
        recommendation.Priority.Should().Be(file.GetProperty("priority").GetInt32());
        recommendation.Reason.Should().Be(file.GetProperty("reason").GetString());
    }

    [Fact]
    public void Select_DefaultRuleFile_AgreesWithTheDomainCatalogue()
    {
        foreach (var row in Catalogue())
        {
            var file = RuleFileStrategies.Value[(string)row[0]];

            string.Join(",", file.GetProperty("stages").EnumerateArray().Select(s => s.GetString())).Should().Be((string)row[1], "stages of {0}", row[0]);
            file.GetProperty("owner").GetString().Should().Be(((Owner)row[2]).ToName(), "owner of {0}", row[0]);
            file.GetProperty("channel").GetString().Should().Be((string)row[3], "channel of {0}", row[0]);
            file.GetProperty("consent").GetString().Should().Be((string)row[4], "consent of {0}", row[0]);
        }
    }

    [Fact]
    public void Select_Catalogue_CoversEveryStrategyOfTheRuleSet()
    {
        var catalogue = Catalogue().Select(row => (string)row[0]).ToList();

        catalogue.Should().OnlyHaveUniqueItems();
        catalogue.Should().BeEquivalentTo(RuleSet.Default.Vocabulary.Strategies);
        catalogue.Should().BeEquivalentTo(RuleFileStrategies.Value.Keys);
    }

    [Theory]
    [MemberData(nameof(RankedRecommendations))]
    public void Select_LeadOfEachTemperature_RecommendsItsStageStrategiesHighestPriorityFirst(string points, Temperature temperature, string expected)
    {
        var assessment = Scorer.Assess(MakeLead(points), AsOf);

        assessment.Temperature.Should().Be(temperature);
        assessment.Recommendations.Select(r => r.Strategy).Should().Equal(expected.Split(','));
        assessment.Recommendations.Select(r => r.Priority).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Select_AnyLead_RecommendsOnlyStrategiesWhoseStagesHoldItsTemperature()
    {
        var stages = Catalogue().ToDictionary(row => (string)row[0], row => ((string)row[1]).Split(','));
        var leads = RankedRecommendations().Select(row => MakeLead((string)row[0]))
            .Concat(Eligibility().Select(row => MakeLead((string)row[1])))
            .Concat(SampleLeads())
            .ToList();
        var seen = new HashSet<Temperature>();

        foreach (var lead in leads)
        {
            var assessment = Scorer.Assess(lead, AsOf);
            seen.Add(assessment.Temperature);
            foreach (var recommendation in assessment.Recommendations)
            {
                stages[recommendation.Strategy].Should().Contain(
                    assessment.Temperature.ToName(), "lead {0} is {1} and was recommended {2}", lead.Id, assessment.Temperature, recommendation.Strategy);
            }

            assessment.Recommendations.Select(r => r.Priority).Should().BeInDescendingOrder("lead {0}'s recommendations come ranked", lead.Id);
        }

        seen.Should().HaveCount(3);
    }

    [Fact]
    public void Select_SampleLeads_ReachEveryCatalogueStrategy()
    {
        var recommended = SampleLeads().SelectMany(lead => Recommendations(lead)).Select(r => r.Strategy).Distinct();

        recommended.Should().BeEquivalentTo(RuleSet.Default.Vocabulary.Strategies);
    }

    [Theory]
    [MemberData(nameof(Eligibility))]
    public void Select_EligibilityExpression_DecidesTheStrategy(string strategy, string points, Temperature temperature, bool expected)
    {
        var assessment = Scorer.Assess(MakeLead(points), AsOf);

        assessment.Temperature.Should().Be(temperature);
        assessment.Recommendations.Any(r => r.Strategy == strategy).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(AbandonedCart))]
    public void Select_AbandonedCartEmail_OnlyWithCartAbandonedInTheLastSevenDays(string points, Temperature temperature, bool expected)
    {
        var assessment = Scorer.Assess(MakeLead(points), AsOf);

        assessment.Temperature.Should().Be(temperature);
        assessment.Recommendations.Any(r => r.Strategy == "abandoned_cart_email").Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(RetailInteraction))]
    public void Select_RetailInteraction_OnlyForQualifiedLeadWithRetailVisitInTheLastFourteenDays(string points, Temperature temperature, bool expected)
    {
        var assessment = Scorer.Assess(MakeLead(points), AsOf);

        assessment.Temperature.Should().Be(temperature);
        assessment.Recommendations.Any(r => r.Strategy == "retail_interaction").Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(CatalogueNeedingConsent))]
    public void Select_ConsentDeniedOnItsChannel_RemovesOnlyThatStrategyAndOthersOfTheChannel(string strategy, string consent, string points)
    {
        var baseline = Strategies(MakeLead(points));
        var denied = Strategies(MakeLead(points, ConsentOn(consent, ConsentState.Denied)));

        baseline.Should().Contain(strategy);
        denied.Should().NotContain(strategy);
        var channelConsent = Catalogue().Where(row => (string)row[4] == consent).Select(row => (string)row[0]).ToHashSet();
        denied.Should().Equal(baseline.Where(s => !channelConsent.Contains(s)));
    }

    [Theory]
    [MemberData(nameof(CatalogueNeedingConsent))]
    public void Select_ConsentDeniedOnOtherChannels_KeepsStrategy(string strategy, string consent, string points)
    {
        var others = new[] { "email", "phone", "mail" }.Where(c => c != consent).ToArray();
        var lead = MakeLead(points, new Consent(
            others.Contains("email") ? ConsentState.Denied : ConsentState.Unknown,
            others.Contains("phone") ? ConsentState.Denied : ConsentState.Unknown,
            others.Contains("mail") ? ConsentState.Denied : ConsentState.Unknown));

        Strategies(lead).Should().Contain(strategy);
    }

    [Theory]
    [MemberData(nameof(CatalogueNeedingConsent))]
    public void Select_ConsentUnknownOrGranted_KeepsStrategy(string strategy, string consent, string points)
    {
        Strategies(MakeLead(points, ConsentOn(consent, ConsentState.Unknown))).Should().Contain(strategy);
        Strategies(MakeLead(points, ConsentOn(consent, ConsentState.Granted))).Should().Contain(strategy);
        Strategies(MakeLead(points, Consent.Unknown)).Should().Contain(strategy);
    }

    [Theory]
    [MemberData(nameof(CatalogueNeedingNoConsent))]
    public void Select_StrategyNeedingNoConsent_KeptWhenEveryConsentIsDenied(string strategy, string points)
    {
        var lead = MakeLead(points, new Consent(ConsentState.Denied, ConsentState.Denied, ConsentState.Denied));

        Strategies(lead).Should().Contain(strategy);
    }

    [Theory]
    [MemberData(nameof(CatalogueStrategies))]
    public void Select_UsedInsideItsCoolDown_IsNotRecommendedAndOthersStay(string strategy, string points)
    {
        var coolDown = CoolDownDays(strategy);
        var baseline = Strategies(MakeLead(points));

        var justNow = Strategies(MakeLead(points, history: new StrategyUse(strategy, AsOf)));
        var almostOver = Strategies(MakeLead(points, history: new StrategyUse(strategy, AsOf.AddDays(-coolDown).AddHours(1))));

        baseline.Should().Contain(strategy);
        justNow.Should().Equal(baseline.Where(s => s != strategy));
        almostOver.Should().Equal(baseline.Where(s => s != strategy));
    }

    [Theory]
    [MemberData(nameof(CatalogueStrategies))]
    public void Select_UsedExactlyOneCoolDownAgo_IsRecommendedAgain(string strategy, string points)
    {
        var lead = MakeLead(points, history: new StrategyUse(strategy, AsOf.AddDays(-CoolDownDays(strategy))));

        Strategies(lead).Should().Contain(strategy);
    }

    [Theory]
    [MemberData(nameof(CatalogueStrategies))]
    public void Select_UsedLongerAgoThanItsCoolDown_IsRecommended(string strategy, string points)
    {
        var lead = MakeLead(points, history: new StrategyUse(strategy, AsOf.AddDays(-CoolDownDays(strategy) - 1)));

        Strategies(lead).Should().Contain(strategy);
    }

    [Theory]
    [MemberData(nameof(CatalogueStrategies))]
    public void Select_HistoryEntryAfterAsOf_IsIgnored(string strategy, string points)
    {
        var lead = MakeLead(points, history: new StrategyUse(strategy, AsOf.AddHours(1)));

        Strategies(lead).Should().Contain(strategy);
    }

    [Theory]
    [MemberData(nameof(CatalogueStrategies))]
    public void Select_OtherStrategiesUsedJustNow_KeepStrategy(string strategy, string points)
    {
        var others = RuleSet.Default.Vocabulary.Strategies.Where(s => s != strategy).Select(s => new StrategyUse(s, AsOf)).ToArray();

        Strategies(MakeLead(points, history: others)).Should().Equal(strategy);
    }

    [Fact]
    public void Select_CoolDownMeasuredToAsOf_NotTheClock()
    {
        var lead = MakeLead(Warm, history: new StrategyUse("personal_follow_up_email", AsOf.AddDays(-3)));

        Strategies(lead).Should().NotContain("personal_follow_up_email");
        Scorer.Assess(lead, AsOf.AddDays(4)).Recommendations.Select(r => r.Strategy).Should().Contain("personal_follow_up_email");
    }

    private static IReadOnlyList<Recommendation> Recommendations(Lead lead)
    {
        var assessment = Scorer.Assess(lead, AsOf);
        assessment.Error.Should().BeNull();
        return assessment.Recommendations;
    }

    private static List<string> Strategies(Lead lead) => Recommendations(lead).Select(r => r.Strategy).ToList();

    private static double CoolDownDays(string strategy) => RuleFileStrategies.Value[strategy].GetProperty("coolDownDays").GetDouble();

    private static Consent ConsentOn(string channel, ConsentState state) => channel switch
    {
        "email" => new Consent(email: state),
        "phone" => new Consent(phone: state),
        "mail" => new Consent(mail: state),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a consent channel."),
    };

    private static Lead MakeLead(string points, Consent? consent = null, params StrategyUse[] history) =>
        new("T-" + points, points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Point), consent, null, history);

    private static ContactPoint Point(string text)
    {
        var count = 1;
        var times = text.IndexOf('*', StringComparison.Ordinal);
        if (times >= 0)
        {
            count = int.Parse(text[(times + 1)..], CultureInfo.InvariantCulture);
            text = text[..times];
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at < 0
            ? new ContactPoint(text, null, count)
            : new ContactPoint(text[..at], AsOf.AddDays(-double.Parse(text[(at + 1)..], CultureInfo.InvariantCulture)), count);
    }

    private static IEnumerable<Lead> SampleLeads() =>
        File.ReadLines(RepoPaths.Samples("leads.ndjson")).Select((line, i) => LeadJsonReader.Parse(line, i + 1).Lead!);

    private static Dictionary<string, JsonElement> ReadRuleFileStrategies()
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(RepoPaths.Rules("default.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var strategies = document.RootElement.GetProperty("Workflows").EnumerateArray()
            .Single(w => w.GetProperty("WorkflowName").GetString() == "strategies");
        return strategies.GetProperty("Rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("RuleName").GetString()!, r => r.GetProperty("Properties").Clone(), StringComparer.Ordinal);
    }

    private static TheoryData<T1, T2> Project<T1, T2>(IEnumerable<object[]> rows, Func<object[], bool> keep, Func<object[], (T1, T2)> pick)
    {
        var data = new TheoryData<T1, T2>();
        foreach (var (a, b) in rows.Where(keep).Select(pick))
        {
            data.Add(a, b);
        }

        return data;
    }

    private static TheoryData<T1, T2, T3> Project<T1, T2, T3>(IEnumerable<object[]> rows, Func<object[], bool> keep, Func<object[], (T1, T2, T3)> pick)
    {
        var data = new TheoryData<T1, T2, T3>();
        foreach (var (a, b, c) in rows.Where(keep).Select(pick))
        {
            data.Add(a, b, c);
        }

        return data;
    }
}
