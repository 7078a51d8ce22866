using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using LeadRules.Cli.Output;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Generated;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>
/// The CSV writer keeps each reason's <c>rule:points</c> bytes per thread by rule and value: through many more pairs
/// than it keeps, every reasons cell still holds exactly the library's reasons.
/// </summary>
public class CsvReasonsCellTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Row_ManyMoreRuleAndPointsPairsThanKept_EveryReasonsCellIsTheLibrarysReasons()
    {
        var scorer = new LeadScorer(RuleSet.Default);
        var writer = new CsvAssessmentWriter();
        using var row = new ByteBuffer();
        var assessments = LeadGenerator.Generate(RuleSet.Default, 5_000, seed: 3, AsOf)
            .Select(lead => (Lead: lead, Assessment: scorer.Assess(lead, AsOf)))
            .Where(e => e.Assessment.Succeeded)
            .ToList();
        assessments.SelectMany(e => e.Assessment.Reasons.Select(r => r.ToString())).Distinct().Count()
            .Should().BeGreaterThan(3 * 1_024, "the writer keeps 1,024 pairs, so most of these must replace one another");

        var cells = assessments.Select((e, i) =>
        {
            row.Clear();
            writer.Row(e.Assessment, new LeadLine(i + 1, e.Lead, e.Lead.Id, null), row);
            return Encoding.UTF8.GetString(row.Written).Split(',')[5];
        }).ToList();

        cells.Should().Equal(assessments.Select(e => string.Join(";", e.Assessment.Reasons)));
    }
}
