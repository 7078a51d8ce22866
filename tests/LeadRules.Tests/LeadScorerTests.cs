using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests;

public class LeadScorerTests
{
    private const int RandomLeadCount = 400;
    private const int RandomSeed = 20261101;

    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly LeadScorer Compiled = new(RuleSet.Default, new LeadScorerOptions { Engine = EvaluationEngine.Compiled });
    private static readonly LeadScorer Reference = new(RuleSet.Default, new LeadScorerOptions { Engine = EvaluationEngine.Reference });

    private static readonly string UnknownTypeHint =
        "; fix the type, add it to the rule set's Vocabulary, or let unknown types be ignored (UnknownTypes = Ignore).";

    public static TheoryData<string, string?, string> BadLeads() => new()
    {
        { "null id", null, "id: the lead has no id; give every lead a non-empty \"id\"." },
        { "empty id", null, "id: the lead has no id; give every lead a non-empty \"id\"." },
        { "blank id", null, "id: the lead has no id; give every lead a non-empty \"id\"." },
        { "null contact point", "L1", "contactPoints[1]: the contact point is null." },
        { "null type", "L1", "contactPoints[1].type: the type is empty; use a contact-point type of the rule set's vocabulary." },
        { "empty type", "L1", "contactPoints[1].type: the type is empty; use a contact-point type of the rule set's vocabulary." },
        { "blank type", "L1", "contactPoints[1].type: the type is empty; use a contact-point type of the rule set's vocabulary." },
        { "unknown type", "L1", "contactPoints[1].type: 'fax_sent' is not a contact-point type of the rule set" + UnknownTypeHint },
        { "type in the wrong case", "L1", "contactPoints[1].type: 'Referral' is not a contact-point type of the rule set (did you mean 'referral'?)" + UnknownTypeHint },
        { "type with dashes for underscores", "L1", "contactPoints[1].type: 'Pricing-View' is not a contact-point type of the rule set (did you mean 'pricing_view'?)" + UnknownTypeHint },
        { "negative count", "L1", "contactPoints[1].count: -1 is negative; a count is a whole number of 0 or more." },
        { "array attribute", "L1", "attributes.tags: an attribute is a string, a number, a boolean, a date or null, not Int32[]." },
        { "empty history strategy", "L1", "history[0].strategy: the strategy is empty; use a strategy id of the rule set." },
    };

    public static TheoryData<int> SampleLineNumbers()
    {
        var data = new TheoryData<int>();
        var count = File.ReadLines(RepoPaths.Samples("leads.ndjson")).Count();
        for (var line = 1; line <= count; line++)
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadLeads))]
    public void Assess_BadLead_FailsWithExactError(string scenario, string? leadId, string error)
    {
        var assessment = Compiled.Assess(BadLead(scenario), AsOf);

        assessment.Succeeded.Should().BeFalse();
        assessment.Error.Should().Be(error);
        assessment.LeadId.Should().Be(leadId);
        assessment.AsOf.Should().Be(AsOf);
    }

    [Fact]
    public void Assess_NullLead_FailsWithExactError()
    {
        var assessment = Compiled.Assess(null!, AsOf);

        assessment.Succeeded.Should().BeFalse();
        assessment.Error.Should().Be("The lead is null.");
        assessment.LeadId.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(BadLeads))]
    public void Assess_BadLeadWithReferenceEngine_FailsWithSameError(string scenario, string? leadId, string error)
    {
        var assessment = Reference.Assess(BadLead(scenario), AsOf);

        assessment.Error.Should().Be(error);
        assessment.LeadId.Should().Be(leadId);
    }

    [Fact]
    public void Assess_UnknownTypeWithIgnorePolicy_IsScoredWithWarningNamingTheType()
    {
        var scorer = new LeadScorer(RuleSet.Default, new LeadScorerOptions { UnknownTypes = UnknownTypePolicy.Ignore });
        var known = new[] { Point("referral", 3), Point("pricing_view", 2), Point("website_visit", 2) };
        var withUnknown = new Lead("L1", new[] { known[0], Point("fax_sent", 1), known[1], Point("carrier_pigeon", 1), known[2] });

        var assessment = scorer.Assess(withUnknown, AsOf);

        assessment.Succeeded.Should().BeTrue();
        assessment.Warnings.Should().Equal(
            "contactPoints[1].type: 'fax_sent' is not a contact-point type of the rule set; it was ignored.",
            "contactPoints[3].type: 'carrier_pigeon' is not a contact-point type of the rule set; it was ignored.");
        Snapshot(assessment, withWarnings: false).Should().Be(Snapshot(scorer.Assess(new Lead("L1", known), AsOf), withWarnings: false));
        assessment.Temperature.Should().Be(Temperature.Qualified);
    }

    [Theory]
    [InlineData("empty type")]
    [InlineData("negative count")]
    [InlineData("null id")]
    public void Assess_OtherBadLeadWithIgnorePolicy_StillFails(string scenario)
    {
        var scorer = new LeadScorer(RuleSet.Default, new LeadScorerOptions { UnknownTypes = UnknownTypePolicy.Ignore });

        var assessment = scorer.Assess(BadLead(scenario), AsOf);

        assessment.Succeeded.Should().BeFalse();
        assessment.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_GoodLead_SucceedsWithoutErrorOrWarnings()
    {
        var assessment = Compiled.Assess(new Lead("L1", new[] { Point("referral", 3) }), AsOf);

        assessment.Succeeded.Should().BeTrue();
        assessment.Error.Should().BeNull();
        assessment.Warnings.Should().BeEmpty();
        assessment.LeadId.Should().Be("L1");
        assessment.RuleSet.Should().Be(RuleSet.Default.Stamp);
    }

    [Fact]
    public void Assess_FailedAssessment_ThrowsOnEveryResult()
    {
        var assessment = Compiled.Assess(new Lead("L1", new[] { new ContactPoint("referral", AsOf, -1) }), AsOf);
        const string Message = "Lead 'L1' was not scored: contactPoints[0].count: -1 is negative; a count is a whole number of 0 or more."
            + " Read Assessment.Error before the result.";

        ((Func<object>)(() => assessment.Temperature)).Should().Throw<InvalidOperationException>().WithMessage(Message);
        ((Func<object>)(() => assessment.Score)).Should().Throw<InvalidOperationException>().WithMessage(Message);
        ((Func<object>)(() => assessment.Owner)).Should().Throw<InvalidOperationException>().WithMessage(Message);
        ((Func<object>)(() => assessment.Recommendations)).Should().Throw<InvalidOperationException>().WithMessage(Message);
        ((Func<object>)(() => assessment.Reasons)).Should().Throw<InvalidOperationException>().WithMessage(Message);
        assessment.TemperatureRule.Should().BeNull();
    }

    [Fact]
    public void Assess_SameLeadAndAsOfTwiceWithOtherLeadsBetween_GivesIdenticalResults()
    {
        var lead = RichLead();

        var first = Snapshot(Compiled.Assess(lead, AsOf));
        Compiled.Assess(new Lead("other", new[] { Point("demo_request", 1), Point("retail_visit", 2) }), AsOf.AddDays(30));
        Compiled.Assess(BadLead("unknown type"), AsOf);
        var second = Snapshot(Compiled.Assess(lead, AsOf));

        second.Should().Be(first);
        first.Should().Contain("referral:", "the lead must be scored for the comparison to mean something");
    }

    [Theory]
    [InlineData(EvaluationEngine.Compiled)]
    [InlineData(EvaluationEngine.Reference)]
    public void Assess_TwoScorerInstances_GiveIdenticalResults(EvaluationEngine engine)
    {
        var lead = RichLead();
        var one = new LeadScorer(RuleSet.Default, new LeadScorerOptions { Engine = engine });
        var two = new LeadScorer(RuleSet.Default, new LeadScorerOptions { Engine = engine });

        Snapshot(two.Assess(lead, AsOf)).Should().Be(Snapshot(one.Assess(lead, AsOf)));
    }

    [Fact]
    public void Assess_SameInstantInAnotherOffset_GivesIdenticalResults()
    {
        var lead = RichLead();

        var utc = Snapshot(Compiled.Assess(lead, AsOf));
        var shifted = Snapshot(Compiled.Assess(lead, AsOf.ToOffset(TimeSpan.FromHours(5.5))));

        shifted.Should().Be(utc);
    }

    [Fact]
    public void Assess_ContactPointAfterAsOf_IsNotSeen()
    {
        var lead = new Lead("L1", new[] { new ContactPoint("website_visit", AsOf), new ContactPoint("referral", AsOf.AddDays(1)) });

        var before = Compiled.Assess(lead, AsOf);
        var after = Compiled.Assess(lead, AsOf.AddDays(2));

        before.Reasons.Select(r => r.Rule).Should().Equal("website_visits");
        before.Score.Should().Be(1);
        before.Temperature.Should().Be(Temperature.Cold);
        after.Reasons.Select(r => r.Rule).Should().Equal("referral", "website_visits");
        after.Temperature.Should().Be(Temperature.Warm);
    }

    [Fact]
    public void Assess_ContactPointAfterAsOf_IsNotSeenByReferenceEngine()
    {
        var lead = new Lead("L1", new[] { new ContactPoint("website_visit", AsOf), new ContactPoint("referral", AsOf.AddTicks(1)) });

        var assessment = Reference.Assess(lead, AsOf);

        assessment.Reasons.Select(r => r.Rule).Should().Equal("website_visits");
        assessment.Temperature.Should().Be(Temperature.Cold);
    }

    [Theory]
    [InlineData("demo_request", 40)]
    [InlineData("cart_abandoned", 40)]
    [InlineData("inbound_inquiry", 40)]
    [InlineData("referral", 40)]
    [InlineData("not_interested", 5)]
    public void Assess_ContactPointWithCountZero_IsNotSeen(string type, double pricingViewDaysAgo)
    {
        var points = new[] { Point("referral", 200), Point("website_visit", 1), Point("pricing_view", pricingViewDaysAgo) };
        var without = new Lead("L1", points);
        var withZero = new Lead("L1", points.Append(new ContactPoint(type, AsOf.AddDays(-1), 0)));

        Snapshot(Compiled.Assess(withZero, AsOf)).Should().Be(Snapshot(Compiled.Assess(without, AsOf)));
        Snapshot(Reference.Assess(withZero, AsOf)).Should().Be(Snapshot(Compiled.Assess(without, AsOf)));
    }

    [Fact]
    public void AssessMany_Leads_OneAssessmentPerLeadInOrder()
    {
        var leads = new[] { new Lead("A", new[] { Point("referral", 1) }), BadLead("negative count"), new Lead("C") };

        var assessments = Compiled.AssessMany(leads, AsOf).ToList();

        assessments.Select(a => (a.LeadId, a.Succeeded)).Should().Equal(("A", true), ("L1", false), ("C", true));
    }

    [Theory]
    [MemberData(nameof(SampleLineNumbers))]
    public void Assess_SampleLead_CompiledAndReferenceAgree(int lineNumber)
    {
        var text = File.ReadLines(RepoPaths.Samples("leads.ndjson")).ElementAt(lineNumber - 1);
        var line = LeadJsonReader.Parse(text, lineNumber);
        line.Error.Should().BeNull();

        var compiled = Compiled.Assess(line.Lead!, AsOf);
        var reference = Reference.Assess(line.Lead!, AsOf);

        compiled.Succeeded.Should().BeTrue();
        Snapshot(reference).Should().Be(Snapshot(compiled));
    }

    [Fact]
    public void Assess_SeededRandomLeads_CompiledAndReferenceAgree()
    {
        var random = new Random(RandomSeed);
        var temperatures = new HashSet<Temperature>();
        var strategies = new HashSet<string>();
        for (var i = 0; i < RandomLeadCount; i++)
        {
            var lead = RandomLead(random, i);

            var compiled = Compiled.Assess(lead, AsOf);
            var reference = Reference.Assess(lead, AsOf);

            compiled.Succeeded.Should().BeTrue("lead {0} is valid", i);
            Snapshot(reference).Should().Be(Snapshot(compiled), "the engines must agree on random lead {0}", i);
            temperatures.Add(compiled.Temperature);
            strategies.UnionWith(compiled.Recommendations.Select(r => r.Strategy));
        }

        temperatures.Should().BeEquivalentTo(new[] { Temperature.Cold, Temperature.Warm, Temperature.Qualified }, "the random leads must reach every temperature");
        strategies.Should().HaveCountGreaterThan(12, "the random leads must reach most strategies");
    }

    private static Lead BadLead(string scenario)
    {
        var good = Point("referral", 3);
        return scenario switch
        {
            "null id" => new Lead(null!, new[] { good }),
            "empty id" => new Lead(string.Empty, new[] { good }),
            "blank id" => new Lead("  ", new[] { good }),
            "null contact point" => new Lead("L1", new[] { good, null! }),
            "null type" => new Lead("L1", new[] { good, new ContactPoint(null!, AsOf) }),
            "empty type" => new Lead("L1", new[] { good, new ContactPoint(string.Empty, AsOf) }),
            "blank type" => new Lead("L1", new[] { good, new ContactPoint(" ", AsOf) }),
            "unknown type" => new Lead("L1", new[] { good, new ContactPoint("fax_sent", AsOf) }),
            "type in the wrong case" => new Lead("L1", new[] { good, new ContactPoint("Referral", AsOf) }),
            "type with dashes for underscores" => new Lead("L1", new[] { good, new ContactPoint("Pricing-View", AsOf) }),
            "negative count" => new Lead("L1", new[] { good, new ContactPoint("pricing_view", AsOf, -1) }),
            "array attribute" => new Lead("L1", new[] { good }, attributes: new Dictionary<string, object> { ["tags"] = new[] { 1, 2 } }),
            "empty history strategy" => new Lead("L1", new[] { good }, history: new[] { new StrategyUse(string.Empty, AsOf) }),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "No such bad lead."),
        };
    }

    private static ContactPoint Point(string type, double daysAgo, int count = 1) => new(type, AsOf.AddDays(-daysAgo), count);

    private static Lead RichLead() => new(
        "rich",
        new[]
        {
            Point("referral", 10.5),
            Point("pricing_view", 3, 2),
            new ContactPoint("website_visit", null, 4),
            Point("cart_abandoned", 1),
            Point("email_click", 40, 3),
            Point("unreachable", 5, 2),
        },
        new Consent(ConsentState.Granted, ConsentState.Unknown, ConsentState.Denied),
        new Dictionary<string, object> { ["role"] = "decision_maker", ["company_size"] = 40d },
        new[] { new StrategyUse("one_on_one_call", AsOf.AddDays(-1)) });

    private static Lead RandomLead(Random random, int index)
    {
        var types = RuleSet.Default.Vocabulary.ContactPointTypes;
        var strategies = RuleSet.Default.Vocabulary.Strategies;
        var points = new List<ContactPoint>();
        for (var n = random.Next(0, 9); n > 0; n--)
        {
            var type = types[random.Next(types.Count)];
            DateTimeOffset? at = random.Next(12) == 0 ? null : AsOf.AddMinutes(-random.Next(0, (400 * 24 * 60) + 1));
            points.Add(new ContactPoint(type, at, random.Next(0, 6), random.Next(4) == 0 ? "web" : null));
        }

        var consent = new Consent(RandomConsent(random), RandomConsent(random), RandomConsent(random));
        var history = new List<StrategyUse>();
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            history.Add(new StrategyUse(strategies[random.Next(strategies.Count)], AsOf.AddHours(-random.Next(0, 120 * 24))));
        }

        var attributes = random.Next(3) == 0 ? new Dictionary<string, object> { ["role"] = "decision_maker" } : null;
        return new Lead("R" + index.ToString(CultureInfo.InvariantCulture), points, consent, attributes, history);
    }

    private static ConsentState RandomConsent(Random random) => (ConsentState)random.Next(3);

    private static string Snapshot(Assessment assessment, bool withWarnings = true)
    {
        if (!assessment.Succeeded)
        {
            return "error: " + assessment.Error;
        }

        var parts = new List<string>
        {
            assessment.LeadId ?? "-",
            assessment.Temperature.ToName(),
            assessment.Score.ToString("R", CultureInfo.InvariantCulture),
            assessment.Owner.ToName(),
            assessment.TemperatureRule ?? "-",
            string.Join(",", assessment.Recommendations.Select(r => $"{r.Strategy}/{r.Owner.ToName()}/{r.Channel}/{r.Priority}/{r.Reason}")),
            string.Join(",", assessment.Reasons.Select(r => r.Rule + ":" + r.Points.ToString("R", CultureInfo.InvariantCulture))),
        };
        if (withWarnings)
        {
            parts.Add(string.Join(",", assessment.Warnings));
        }

        return string.Join(" | ", parts);
    }
}
