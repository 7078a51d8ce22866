using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Calibration;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Analytics.Calibration;

public sealed class CalibratorTests
{
    private static readonly CalibrationOptions Options = new() { Seed = 3, ProposeAttributes = new[] { "plan" } };
    private static readonly Lazy<CalibrationResult> Flipped = new(() => Calibrator.Calibrate(SyntheticLeads.Rules, SyntheticLeads.Draw(20_000, 1.0), SyntheticLeads.AsOf, Options));
    private static readonly Lazy<CalibrationResult> Kept = new(() => Calibrator.Calibrate(SyntheticLeads.Rules, SyntheticLeads.Draw(20_000, -1.0), SyntheticLeads.AsOf, Options));

    [Fact]
    public void Calibrate_NegativeTypeThatConvertsMore_FlipsItsSign()
    {
        var rule = Flipped.Value.Rules.Single(r => r.Name == "complained");

        rule.Verdict.Should().Be(CalibrationVerdict.SignFlipped);
        rule.Lower.Should().BeGreaterThan(0);
        rule.Points.Should().BeInRange(24, 34, "a coefficient of 1 is 20 / ln 2 = 28.9 points");
        Flipped.Value.RuleFileJson.Should().Contain("a negative type, yet the data says it adds: sign flipped");
    }

    [Fact]
    public void Calibrate_NegativeTypeThatConvertsLess_KeepsItsSign()
    {
        var rule = Kept.Value.Rules.Single(r => r.Name == "complained");

        rule.Verdict.Should().Be(CalibrationVerdict.SignKept);
        rule.Points.Should().BeInRange(-34, -24);
    }

    [Fact]
    public void Calibrate_PointsEachRule_ScalesPointsPerOccurrenceAndTheCapInProportion()
    {
        var rule = Flipped.Value.Rules.Single(r => r.Name == "visited");

        rule.Verdict.Should().Be(CalibrationVerdict.Fitted);
        rule.Points.Should().BeNull();
        rule.PointsEach.Should().BeInRange(12, 17, "0.5 log-odds per visit is 14.4 points");
        rule.Cap.Should().Be(3 * rule.PointsEach, "the old cap allowed three visits (15 / 5)");
        Flipped.Value.RuleSet.Rules.Single(r => r.Name == "visited").Type.Should().Be("visit");
    }

    [Fact]
    public void Calibrate_ThinAndRareRules_GetNoPointsAndAreListed()
    {
        var rules = Flipped.Value.Rules.ToDictionary(r => r.Name);

        rules["rare_event"].Verdict.Should().Be(CalibrationVerdict.TooFewLeads);
        rules["rare_event"].LeadsHeld.Should().BeLessThan(30);
        rules["noise_event"].Verdict.Should().Be(CalibrationVerdict.ThinEvidence);
        rules["noise_event"].Lower.Should().BeLessThan(0);
        rules["noise_event"].Upper.Should().BeGreaterThan(0);
        SyntheticLeads.Names(Flipped.Value.RuleSet.Rules, WorkflowNames.Scoring).Should().NotContain(new[] { "rare_event", "noise_event" });
        Flipped.Value.RuleFileJson.Should().Contain("//   rare_event: too few leads;").And.Contain("//   noise_event: thin evidence, the interval crosses 0;");
    }

    [Fact]
    public void Calibrate_UncoveredTypeAndAttributeValue_AreProposedAndFitted()
    {
        var proposed = Flipped.Value.ProposedRules.ToDictionary(r => r.Name);

        proposed["has_webinar"].Expression.Should().Be("lead.Count(\"webinar\") > 0");
        proposed["has_webinar"].Verdict.Should().Be(CalibrationVerdict.Fitted);
        proposed["plan_is_gold"].Expression.Should().Be("lead.Text(\"plan\") == \"gold\"");
        proposed["plan_is_gold"].Points.Should().BeInRange(24, 34);
        proposed.Should().NotContainKey("plan_is_basic", "the most frequent value is the reference");
        proposed.Should().NotContainKey("has_visit", "a rule already covers visits");
    }

    [Fact]
    public void Calibrate_Output_KeepsTheEnvelopeAndStrategiesAndBumpsTheVersion()
    {
        var result = Flipped.Value;

        result.RuleSet.Stamp.Version.Should().Be("2.4.0");
        result.RuleSet.Vocabulary.GroupOf("webinar").Should().Be("event");
        result.RuleFileJson.Should().Contain("""
                  // kept as written
                  { "RuleName": "direct_mailer", "Expression": "true",
            """);
        SyntheticLeads.Names(result.RuleSet.Rules, WorkflowNames.Temperature).Should().Equal("qualified_by_score", "warm_by_score", "cold_otherwise");
        result.Thresholds.ConversionRisesWithTemperature.Should().BeTrue();
        result.Thresholds.Qualified.Should().BeGreaterThan(result.Thresholds.Warm);
    }

    [Fact]
    public void Calibrate_SameSeedTwice_GivesByteIdenticalRuleFiles()
    {
        var again = Calibrator.Calibrate(SyntheticLeads.Rules, SyntheticLeads.Draw(20_000, 1.0), SyntheticLeads.AsOf, Options);

        again.RuleFileJson.Should().Be(Flipped.Value.RuleFileJson);
    }

    [Fact]
    public void Calibrate_MultiTouchQualified_AddsTheChannelCondition()
    {
        var result = Calibrator.Calibrate(SyntheticLeads.Rules, SyntheticLeads.Draw(5_000, 1.0), SyntheticLeads.AsOf, new CalibrationOptions { MultiTouchQualified = true });

        result.RuleFileJson.Should().MatchRegex("\"Expression\": \"score >= [0-9.-]+ && lead.Channels\\(\\) >= 2\"");
    }

    [Fact]
    public void Calibrate_HoldoutOutOfRange_SaysWhatItMustBe()
    {
        var act = () => Calibrator.Calibrate(SyntheticLeads.Rules, SyntheticLeads.Draw(10, 1.0), SyntheticLeads.AsOf, new CalibrationOptions { Holdout = 1.5 });

        act.Should().Throw<ArgumentException>().WithMessage("CalibrationOptions.Holdout is 1.5; it must be a share between 0 and 1, such as 0.3. (Parameter 'Holdout')");
    }
}
