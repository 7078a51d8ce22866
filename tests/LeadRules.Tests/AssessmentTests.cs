using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests;

public class AssessmentTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    // referral 15 halved at 180 days, review views 2 x 3 halved at 30 days, ad click 2, website visits 4 x 1 halved at 14 days, three channels 10.
    private static readonly string[] Expected = { "referral:7.5", "review_views:3", "ad_clicks:2", "website_visits:2", "several_channels:10" };

    [Fact]
    public void Reasons_ReadAfterTheScorerScoredOtherLeadsOnTheSameThread_AreThoseOfItsLead()
    {
        var scorer = new LeadScorer(RuleSet.Default);
        var assessment = scorer.Assess(Lead(), AsOf);
        var others = new[] { new Lead("other", new[] { Point("referral", 1, 3), Point("pricing_view", 2, 4) }), new Lead("empty") };
        scorer.AssessMany(others, new Assessment[2], AsOf.AddDays(-100));

        assessment.Reasons.Select(r => r.ToString()).Should().Equal(Expected);
        assessment.Score.Should().Be(24.5);
        assessment.Recommendations.Select(r => r.Strategy).Should().Equal("personal_follow_up_email", "seminar_invitation", "sales_letter");
    }

    [Fact]
    public void Reasons_OfAnAssessmentMadeOnAnotherThread_AreThoseOfItsLead()
    {
        var scorer = new LeadScorer(RuleSet.Default);
        Assessment? assessment = null;
        var thread = new Thread(() => assessment = scorer.Assess(Lead(), AsOf));
        thread.Start();
        thread.Join();
        scorer.Assess(new Lead("other", new[] { Point("review_view", 0, 2) }), AsOf);

        assessment!.Reasons.Select(r => r.ToString()).Should().Equal(Expected);
    }

    [Fact]
    public void Reasons_ReadTwice_AreTheSameList()
    {
        var assessment = new LeadScorer(RuleSet.Default).Assess(Lead(), AsOf);

        Under(assessment.Reasons).Should().BeSameAs(Under(assessment.Reasons));
        Under(assessment.Recommendations).Should().BeSameAs(Under(assessment.Recommendations));
    }

    [Fact]
    public void ForEach_OverReasonsAndRecommendationsOnceRead_AllocatesNothing()
    {
        var assessment = new LeadScorer(RuleSet.Default).Assess(Lead(), AsOf);
        Sum(assessment);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = Sum(assessment);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        sum.Should().BeGreaterThan(0);
        allocated.Should().Be(0);

        static double Sum(Assessment assessment)
        {
            var sum = 0.0;
            foreach (var reason in assessment.Reasons)
            {
                sum += reason.Points;
            }

            foreach (var recommendation in assessment.Recommendations)
            {
                sum += recommendation.Priority;
            }

            return sum;
        }
    }

    [Fact]
    public void Reasons_AreValuesEqualByRuleAndPoints_InListsThatCannotBeChangedThroughACast()
    {
        var scorer = new LeadScorer(RuleSet.Default);

        var one = scorer.Assess(Lead(), AsOf).Reasons;
        var two = scorer.Assess(Lead(), AsOf).Reasons;
        var other = scorer.Assess(Lead(), AsOf.AddDays(1)).Reasons;

        two.Should().Equal(one);
        (two[0] == one[0]).Should().BeTrue();
        two[0].GetHashCode().Should().Be(one[0].GetHashCode());
        other.Select(r => r.Rule).Should().Equal(one.Select(r => r.Rule), "the same rules hold a day later");
        other.Should().NotEqual(one, "a fading rule gives fewer points a day later");
        other.Where((r, i) => r != one[i]).Should().OnlyContain(r => r.Rule != "ad_clicks", "constant points do not fade");
        ((Action)(() => ((IList<Reason>)two)[0] = one[1])).Should().Throw<NotSupportedException>("reasons cannot be changed through a cast");
    }

    [Fact]
    public void Recommendations_TwoLeadsWithTheSameStrategies_ShareOneReadOnlyList()
    {
        var scorer = new LeadScorer(RuleSet.Default);

        var one = scorer.Assess(Lead(), AsOf).Recommendations;
        var two = scorer.Assess(Lead(), AsOf).Recommendations;

        Under(two).Should().BeSameAs(Under(one));
        ((Action)(() => ((IList<Recommendation>)two)[0] = one[1])).Should().Throw<NotSupportedException>("a shared list cannot be changed through a cast");
        Under(scorer.Assess(new Lead("empty"), AsOf).Recommendations).Should().NotBeSameAs(Under(one));
    }

    [Fact]
    public void Reasons_LeadsWhereOnlyConstantRulesHeld_ShareOneReadOnlyList()
    {
        var scorer = new LeadScorer(RuleSet.Default);
        Lead Clicks(string id) => new(id, new[] { Point("digital_ad_click", 1, 1) });

        var one = scorer.Assess(Clicks("a"), AsOf).Reasons;
        var two = scorer.Assess(Clicks("b"), AsOf).Reasons;

        one.Select(r => r.ToString()).Should().Equal("ad_clicks:2");
        Under(two).Should().BeSameAs(Under(one));
        Under(scorer.Assess(Lead(), AsOf).Reasons).Should().NotBeSameAs(Under(scorer.Assess(Lead(), AsOf).Reasons), "a fading rule's points depend on the lead");
    }

    [Fact]
    public void Assess_ScoredLead_IsNotKeptAliveByItsAssessment()
    {
        var scorer = new LeadScorer(RuleSet.Default);
        var (assessment, lead) = AssessAndForget(scorer);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        lead.IsAlive.Should().BeFalse();
        assessment.Reasons.Select(r => r.ToString()).Should().Equal(Expected);
        assessment.LeadId.Should().Be("L1");
    }

    [Fact]
    public void Reasons_RuleSetWithMoreThan64ScoringRules_ListsEveryRuleThatHeldWithItsPoints()
    {
        // 70 rules: even ones give their number once, odd ones 0.5 per website visit; every third never holds.
        var rules = new StringBuilder();
        for (var i = 0; i < 70; i++)
        {
            var condition = i % 3 == 0 ? "false" : "lead.Count(\\\"website_visit\\\") > 0";
            var points = i % 2 == 0 ? $"\"points\": {i}" : "\"type\": \"website_visit\", \"pointsEach\": 0.5";
            rules.Append($"{(i == 0 ? "" : ",")}{{ \"RuleName\": \"r{i}\", \"Expression\": \"{condition}\", \"Properties\": {{ {points} }} }}");
        }

        var json = $$"""
            { "Name": "many", "Version": "1.0.0", "Workflows": [
              { "WorkflowName": "scoring", "Rules": [ {{rules}} ] },
              { "WorkflowName": "temperature", "Rules": [ { "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } } ] },
              { "WorkflowName": "strategies", "Rules": [ { "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } } ] } ] }
            """;
        var scorer = new LeadScorer(RuleSet.Parse(json, "many.json"));

        var assessment = scorer.Assess(new Lead("L1", new[] { new ContactPoint("website_visit", null, 3) }), AsOf);

        var expected = Enumerable.Range(0, 70).Where(i => i % 3 != 0).Select(i => $"r{i}:{(i % 2 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "1.5")}");
        assessment.Reasons.Select(r => r.ToString()).Should().Equal(expected);
        assessment.Recommendations.Select(r => r.Strategy).Should().Equal("digital_ads");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Assessment Assessment, WeakReference Lead) AssessAndForget(LeadScorer scorer)
    {
        var lead = Lead();
        var assessment = scorer.Assess(lead, AsOf);
        // The thread's working memory holds the lead it last scored; another lead takes its place.
        scorer.Assess(new Lead("other"), AsOf);
        return (assessment, new WeakReference(lead));
    }

    /// <summary>The array under an immutable array, to tell shared lists from equal ones.</summary>
    private static T[] Under<T>(ImmutableArray<T> list) => ImmutableCollectionsMarshal.AsArray(list)!;

    private static Lead Lead() => new("L1", new[]
    {
        Point("referral", 180, 1), Point("review_view", 30, 2), Point("digital_ad_click", 1, 1), Point("website_visit", 14, 4),
    });

    private static ContactPoint Point(string type, double daysAgo, int count) => new(type, AsOf.AddDays(-daysAgo), count);
}
