using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Evaluation;

/// <summary>Under any culture of the calling thread, both engines give the invariant culture's answer.</summary>
public class CultureIndependenceTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse(HostRuleSet.AsOf, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("", EvaluationEngine.Compiled)]
    [InlineData("", EvaluationEngine.Reference)]
    [InlineData("tr-TR", EvaluationEngine.Compiled)]
    [InlineData("tr-TR", EvaluationEngine.Reference)]
    [InlineData("fr-FR", EvaluationEngine.Compiled)]
    [InlineData("fr-FR", EvaluationEngine.Reference)]
    [InlineData("ar-SA", EvaluationEngine.Compiled)]
    [InlineData("ar-SA", EvaluationEngine.Reference)]
    public void Assess_AnyThreadCulture_GivesTheInvariantAnswer(string culture, EvaluationEngine engine)
    {
        var rules = RuleSet.Parse(HostRuleSet.Json);
        var leads = LeadJsonReader.ReadLines(new StringReader(HostRuleSet.Leads)).Select(l => l.Lead!).ToList();
        var caller = CultureInfo.CurrentCulture;
        string[] answers;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var scorer = new LeadScorer(rules, new LeadScorerOptions { Engine = engine });
            answers = leads.Select(lead => Describe(scorer.Assess(lead, AsOf))).ToArray();
            CultureInfo.CurrentCulture.Name.Should().Be(culture, "the caller's culture is left as it was");
        }
        finally
        {
            CultureInfo.CurrentCulture = caller;
        }

        answers.Should().Equal(
            "A 2047.32 upper:1;lower:2;char_upper:4;double_text:8;int_text:16;date_text:32;offset_text:64;ordinal:128;recent:256;no_offset_is_utc:512;global_text:1024;fading:0.32 digital_ads",
            "B 0.03 fading:0.03 digital_ads");
    }

    private static string Describe(Assessment a) => a.Succeeded
        ? $"{a.LeadId} {a.Score.ToString(CultureInfo.InvariantCulture)} {string.Join(";", a.Reasons)} {string.Join(";", a.Recommendations.Select(r => r.Strategy))}"
        : $"{a.LeadId} error: {a.Error}";
}
