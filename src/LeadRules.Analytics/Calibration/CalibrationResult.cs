using System.Collections.Generic;
using System.Linq;
using LeadRules.Analytics.Backtest;
using LeadRules.Rules;

namespace LeadRules.Analytics.Calibration;

/// <summary>What calibration produced: the new rule file and rule set, the evidence for every rule, the thresholds and the holdout comparison.</summary>
public sealed class CalibrationResult
{
    internal CalibrationResult(string ruleFileJson, RuleSet ruleSet, IReadOnlyList<CalibratedRule> rules, CalibrationThresholds thresholds, HoldoutComparison holdout, Rate trainingBaseRate, long failed)
    {
        RuleFileJson = ruleFileJson;
        RuleSet = ruleSet;
        Rules = rules;
        Thresholds = thresholds;
        Holdout = holdout;
        TrainingBaseRate = trainingBaseRate;
        Failed = failed;
    }

    /// <summary>The calibrated rule file's text: the base file's format, comments with the evidence, the version's minor part raised.</summary>
    public string RuleFileJson { get; }

    /// <summary>The calibrated rule set, loaded from <see cref="RuleFileJson"/>.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Every candidate rule, the base rule set's scoring rules first (in file order), then the proposals.</summary>
    public IReadOnlyList<CalibratedRule> Rules { get; }

    /// <summary>The rules calibration proposed, whether or not they got points.</summary>
    public IReadOnlyList<CalibratedRule> ProposedRules => Rules.Where(r => r.Proposed).ToArray();

    /// <summary>The temperature thresholds and the training conversion under them.</summary>
    public CalibrationThresholds Thresholds { get; }

    /// <summary>The base and calibrated rule sets on the holdout leads.</summary>
    public HoldoutComparison Holdout { get; }

    /// <summary>The conversion of the training leads: how many there were and how many converted.</summary>
    public Rate TrainingBaseRate { get; }

    /// <summary>Leads the probe rule set could not score; left out of the fit and the holdout.</summary>
    public long Failed { get; }
}
