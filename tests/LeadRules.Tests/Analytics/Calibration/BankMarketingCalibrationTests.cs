using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Calibration;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;
using LeadRules.Rules;
using Xunit;
using Xunit.Abstractions;

namespace LeadRules.Tests.Analytics.Calibration;

/// <summary>
/// The proof: the sample bank rules calibrated on the real bank-marketing export (seed 42, holdout 0.3) separate the
/// holdout's subscribers better than the base rules, nearly as well as a plain logistic regression, with conversion
/// rising from cold to warm to qualified.
/// </summary>
public sealed class BankMarketingCalibrationTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly CalibrationOptions Options = new()
    {
        Seed = 42,
        Holdout = 0.3,
        ProposeAttributes = new[] { "job", "marital", "education", "default", "housing", "loan" },
        ProposeNumbers = new[] { "age", "balance" },
    };

    private static readonly Lazy<CalibrationResult> Bank = new(() => Calibrate(Options));

    private readonly ITestOutputHelper _output;

    public BankMarketingCalibrationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Calibrate_BankExport_BeatsTheBaseRulesOnTheHoldout()
    {
        var holdout = Bank.Value.Holdout;
        _output.WriteLine($"base {holdout.Base.Auc.Value:F4} calibrated {holdout.Calibrated.Auc.Value:F4} plain {holdout.PlainAuc.Value:F4}");

        holdout.Calibrated.Auc.Value.Should().BeGreaterThan(holdout.Base.Auc.Value);
        holdout.Calibrated.Auc.Value.Should().BeApproximately(holdout.PlainAuc.Value, 0.01);
        holdout.Calibrated.Leads.Should().Be(holdout.Base.Leads).And.BeGreaterThan(13_000);
    }

    [Fact]
    public void Calibrate_BankExport_ConversionRisesWithTemperatureOnTheHoldout()
    {
        var temperatures = Bank.Value.Holdout.Calibrated.Temperatures;
        foreach (var t in temperatures)
        {
            _output.WriteLine($"{t.Name} {t.Leads} {t.Conversion.Value:P1}");
        }

        Bank.Value.Holdout.Calibrated.ConversionRisesWithTemperature.Should().BeTrue();
        Bank.Value.Thresholds.ConversionRisesWithTemperature.Should().BeTrue();
        Bank.Value.Thresholds.MeetsTargetLift.Should().BeTrue();
    }

    [Fact]
    public void Calibrate_BankExport_WritesAFileThatLoads()
    {
        var loaded = RuleSet.Parse(Bank.Value.RuleFileJson, "calibrated.json");

        loaded.Stamp.Version.Should().Be("1.1.0");
        loaded.Stamp.Name.Should().Be("bank-term-deposit");
        loaded.Rules.Where(r => r.Workflow == WorkflowNames.Strategies).Select(r => r.Name)
            .Should().Equal(RuleSet.Load(RepoPaths.Samples("bank-marketing/rules.json")).Rules.Where(r => r.Workflow == WorkflowNames.Strategies).Select(r => r.Name));
        loaded.Rules.Where(r => r.Workflow == WorkflowNames.Temperature).Select(r => r.Name).Should().Equal("qualified_by_score", "warm_by_score", "cold_otherwise");
    }

    [Fact]
    public void Calibrate_BankExportTwiceWithSeed42_GivesByteIdenticalRuleFiles()
    {
        var again = Calibrate(Options);

        again.RuleFileJson.Should().Be(Bank.Value.RuleFileJson);
    }

    internal static CalibrationResult Calibrate(CalibrationOptions options)
    {
        var rules = RuleSet.Load(RepoPaths.Samples("bank-marketing/rules.json"));
        var mapping = LeadMapping.Load(RepoPaths.Samples("bank-marketing/mapping.json"));
        return Calibrator.Calibrate(rules, Read(mapping), AsOf, options);
    }

    private static IEnumerable<(Lead Lead, bool Converted)> Read(LeadMapping mapping)
    {
        using var text = File.OpenText(RepoPaths.BankMarketing("bank-full.csv"));
        using var reader = new CsvLeadReader(mapping, text, AsOf, null);
        foreach (var line in reader.ReadLines())
        {
            yield return (line.Lead ?? throw new InvalidDataException($"line {line.LineNumber}: {line.Error}"), line.Converted!.Value);
        }
    }
}
