using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadRules.Analytics.Calibration;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;
using LeadRules.Rules;
using LeadRules.Tests;

namespace LeadRules.Benchmarks;

/// <summary>
/// Calibrating the bank-marketing sample rules on a million labelled leads (the real export's 45,211 rows, cycled),
/// with the proposals the sample mapping's attributes allow: one whole calibration per operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CalibrationBenchmarks
{
    private const int Rows = 1_000_000;
    private static readonly DateTimeOffset AsOf = new(2010, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private (Lead Lead, bool Converted)[] _leads = Array.Empty<(Lead, bool)>();
    private RuleSet _rules = null!;
    private CalibrationOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var mapping = LeadMapping.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "mapping.json")));
        using var text = File.OpenText(RepoPaths.BankMarketing("bank-full.csv"));
        using var reader = new CsvLeadReader(mapping, text, AsOf, options: null);
        var rows = reader.ReadLines().Select(l => (l.Lead!, l.Converted!.Value)).ToArray();
        _leads = Enumerable.Range(0, Rows).Select(i => (new Lead($"{rows[i % rows.Length].Item1.Id}-{i / rows.Length}", rows[i % rows.Length].Item1.ContactPoints, rows[i % rows.Length].Item1.Consent, rows[i % rows.Length].Item1.Attributes), rows[i % rows.Length].Item2)).ToArray();
        _rules = RuleSet.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "rules.json")));
        _options = new CalibrationOptions { ProposeAttributes = mapping.TextAttributes, ProposeNumbers = mapping.NumberAttributes };
    }

    [Benchmark(Description = "Calibrate a million labelled leads")]
    public double CalibrateAMillion() => Calibrator.Calibrate(_rules, _leads, AsOf, _options).Holdout.Calibrated.Auc.Value;
}
