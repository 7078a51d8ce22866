using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Analytics.Calibration;
using Xunit;

namespace LeadRules.Tests.Analytics.Calibration;

public sealed class LogisticFitTests
{
    [Fact]
    public void Fit_GeneratedData_RecoversTheCoefficientsWithinTheirIntervals()
    {
        var truth = new[] { 1.2, -0.8, 0.0, 0.5 };
        const double intercept = -2.0;
        var random = new Random(7);
        var table = new FeatureTable(truth.Length);
        for (var i = 0; i < 200_000; i++)
        {
            var row = new float[truth.Length + 1];
            row[0] = random.NextDouble() < 0.3 ? 1 : 0;
            row[1] = random.NextDouble() < 0.5 ? 1 : 0;
            row[2] = random.NextDouble() < 0.2 ? 1 : 0;
            row[3] = random.Next(4);
            var eta = intercept + truth.Select((b, j) => b * row[j]).Sum();
            table.Add(row, random.NextDouble() < 1 / (1 + Math.Exp(-eta)), false);
        }

        var model = LogisticFit.Fit(table, new[] { 0, 1, 2, 3 }, 0);

        model.Intercept.Should().BeApproximately(intercept, 0.05);
        for (var j = 0; j < truth.Length; j++)
        {
            model.Coefficients[j].Should().BeApproximately(truth[j], 0.05, $"coefficient {j}");
            model.Lower(j).Should().BeLessThan(truth[j]);
            model.Upper(j).Should().BeGreaterThan(truth[j]);
        }
    }

    [Fact]
    public void Fit_OneBinaryFeature_GivesTheLogOddsRatioAndItsTextbookError()
    {
        // 2x2 table: held 30 converted of 100, not held 10 of 100. The exact answers are the log odds and the Woolf error.
        var table = new FeatureTable(1);
        foreach (var (held, converted, count) in new[] { (1f, true, 30), (1f, false, 70), (0f, true, 10), (0f, false, 90) })
        {
            for (var i = 0; i < count; i++)
            {
                table.Add(new[] { held, 0f }, converted, false);
            }
        }

        var model = LogisticFit.Fit(table, new[] { 0 }, 0);

        model.Intercept.Should().BeApproximately(Math.Log(10.0 / 90), 1e-9);
        model.Coefficients[0].Should().BeApproximately(Math.Log((30.0 / 70) / (10.0 / 90)), 1e-9);
        model.StandardErrors[0].Should().BeApproximately(Math.Sqrt((1.0 / 30) + (1.0 / 70) + (1.0 / 10) + (1.0 / 90)), 1e-9);
    }
}
