using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;
using static LeadRules.Tests.Security.CostRuleFiles;

namespace LeadRules.Tests.Security;

/// <summary>The cost model refuses, at load, rule sets that could cost one lead seconds and gigabytes within every other limit.</summary>
public class CostModelTests
{
    private const string Budget = "a whole rule set may cost at most 10,000,000 units and 16,777,216 bytes per lead.";
    private const string Advice = "work on shorter strings (a parameter's string keeps its length wherever the parameter is used).";

    [Fact]
    public void Load_StringDoubledThroughLocalParamsWithTrim_RefusesEveryParameterOverTheBudget()
    {
        var json = Scoring([], [Rule("r", "s26.Length > 0", Chain("s", 26, s => $"{s}.Trim() + {s}.Trim()"))]);

        var problems = Load(json).Problems;

        problems.Should().HaveCount(14, "s13 to s26 are each over the budget alone");
        problems[0].Should().Be("rules.json:5:803: scoring/r: LocalParams 's13': may cost up to 16,384,005 units of work and 32,768,072 bytes of strings per lead; "
            + Budget + " Its costliest step is '+' on strings of up to 4,096,000 and 4,096,000 characters: " + Advice);
    }

    [Fact]
    public void Load_StringDoubledThroughGlobalParamsWithSubstring_RefusesTheFirstParameterOverTheBudget()
    {
        var json = Scoring(Chain("g", 30, g => $"{g}.Substring(0) + {g}.Substring(0)"), [Rule("r", "g30.Length > 0")]);

        var problems = Load(json).Problems;

        problems.Should().HaveCount(18);
        problems[0].Should().Be("rules.json:4:956: scoring: GlobalParams 'g13': may cost up to 16,384,007 units of work and 32,768,072 bytes of strings per lead; "
            + Budget + " Its costliest step is '+' on strings of up to 4,096,000 and 4,096,000 characters: " + Advice);
    }

    [Fact]
    public void Load_StringDoubledThroughIif_RefusesTheFirstParameterOverTheBudget()
    {
        var json = Scoring([], [Rule("r", "s30.Length > 0", Chain("s", 30, s => $"iif(true, {s}, \"\") + {s}"))]);

        var problems = Load(json).Problems;

        problems.Should().HaveCount(17);
        problems[0].Should().Be("rules.json:5:902: scoring/r: LocalParams 's14': may cost up to 16,384,005 units of work and 32,768,024 bytes of strings per lead; "
            + Budget + " Its costliest step is '+' on strings of up to 8,192,000 and 8,192,000 characters: " + Advice);
    }

    [Fact]
    public void Load_DoublingChainJustUnderTheBudget_Loads()
    {
        var (builder, problems) = Load(Scoring([], [Rule("r", "s11.Length > 0", Chain("s", 11, s => $"{s}.Trim() + {s}.Trim()"))]));

        problems.Should().BeEmpty();
        builder!.Costs.PerLead.Should().Be((8_188_065d, 16_376_792d));
    }

    [Fact]
    public void Load_DoublingChainOneStepOverTheBudget_RefusesTheParameterThatTakesTheSumOver()
    {
        var problems = Load(Scoring([], [Rule("r", "s12.Length > 0", Chain("s", 12, s => $"{s}.Trim() + {s}.Trim()"))])).Problems;

        problems.Should().Equal(
            "rules.json:5:743: scoring/r: LocalParams 's12': brings the rule set's cost per lead to up to 16,380,064 units of work and 32,760,864 bytes of strings; "
            + Budget[..^1] + ". The costliest rules are scoring/r (16,380,068 units), temperature/cold_otherwise (1 units), strategies/digital_ads (1 units): "
            + "make them cheaper, or use fewer of them.");
    }

    [Fact]
    public void Load_LongSumOfLeadTextInOneExpression_IsRefused()
    {
        var sum = "(" + string.Join(" + ", Enumerable.Repeat("lead.Text(\"a\")", 230)) + ").Length > 0";

        var problems = Load(Scoring([], [Rule("r", sum)])).Problems;

        problems.Should().Equal("rules.json:5:47: scoring/r: Expression: may cost up to 26,565,152 units of work and 53,133,496 bytes of strings per lead; "
            + Budget + " Its costliest step is '+' on strings of up to 229,000 and 1,000 characters: " + Advice);
    }

    [Fact]
    public void Load_ShorterSumsRepeatedInManyRules_RefusesTheRuleThatTakesTheSumOver()
    {
        var sum = "(" + string.Join(" + ", Enumerable.Repeat("lead.Text(\"a\")", 40)) + ").Length > 0";

        var problems = Load(Scoring([], Enumerable.Range(1, 225).Select(i => Rule($"sum_{i}", sum)))).Problems;

        problems.Should().Equal("rules.json:15:52: scoring/sum_11: Expression: brings the rule set's cost per lead to up to 9,011,222 units of work and 18,028,296 bytes of strings; "
            + Budget[..^1] + ". The costliest rules are scoring/sum_1 (819,202 units), scoring/sum_2 (819,202 units), scoring/sum_3 (819,202 units): make them cheaper, or use fewer of them.",
            "rules.json:30:52: scoring/sum_26: Expression takes the rule set past 5,000 operators (200 here, 5,000 before it); a rule set may hold that many, so that it loads within a second. "
            + "Split it into smaller rule sets or simplify its expressions; the expressions after this one were not checked.");
    }

    [Fact]
    public void Load_CultureSensitiveIndexOfOverLongTexts_IsRefusedInEveryRuleForItsCulture()
    {
        var rules = Enumerable.Range(1, 3).Select(i => Rule($"find_{i}", "lead.Text(\"a\").IndexOf(lead.Text(\"b\")) >= 0"));

        var problems = Load(Scoring([], rules)).Problems;

        problems.Should().Equal(Enumerable.Range(1, 3).Select(i => $"rules.json:{4 + i}:52: scoring/find_{i}: Expression: uses System.String.IndexOf(String), which compares text by the host's culture: "
            + "write IndexOf(value, StringComparison.Ordinal), or StringComparison.OrdinalIgnoreCase to ignore case."));
    }

    [Fact]
    public void Load_OrdinalIndexOfOverLongTexts_CostsAnEighthAndLoads()
    {
        var rules = Enumerable.Range(1, 3).Select(i => Rule($"find_{i}", "lead.Text(\"a\").IndexOf(lead.Text(\"b\"), StringComparison.Ordinal) >= 0"));

        var (builder, problems) = Load(Scoring([], rules));

        problems.Should().BeEmpty();
        builder!.Costs.PerLead.Work.Should().Be(3_000_038);
    }

    [Theory]
    [InlineData("lead.Count(\"referral\") > 0", 13, 0)]
    [InlineData("lead.Text(\"a\").Contains(lead.Text(\"b\"))", 1_000_009, 0)]
    [InlineData("lead.Text(\"a\").StartsWith(\"x\")", 8_014, 0)]
    [InlineData("lead.Text(\"a\").EndsWith(\"x\", StringComparison.OrdinalIgnoreCase)", 1_008, 0)]
    [InlineData("lead.Text(\"a\").IndexOf('x') > 0", 1_008, 0)]
    [InlineData("lead.Id.ToUpper() == \"A\"", 9_006, 2_024)]
    [InlineData("lead.Id.ToUpperInvariant().Substring(2, 5) == \"A\"", 1_019, 2_058)]
    [InlineData("lead.Text(\"a\") < \"b\"", 8_016, 0)]
    [InlineData("(lead.Text(\"a\") ?? lead.Text(\"b\") + \"x\").Length > 3", 1_015, 2_026)]
    [InlineData("lead.Number(\"n\").ToString() != \"\"", 135, 152)]
    [InlineData("(score > 3 ? lead.Text(\"a\").Trim() : lead.Text(\"b\") + lead.Text(\"c\")).Length > 0", 2_016, 4_024)]
    public void Of_Operation_CostsWhatTheModelSays(string expression, double work, double bytes)
    {
        var lead = System.Linq.Expressions.Expression.Parameter(typeof(LeadRules.Expressions.LeadProfile), "lead");
        var score = System.Linq.Expressions.Expression.Parameter(typeof(double), "score");
        var parsed = new RulesEngine.ExpressionBuilders.RuleExpressionParser(LeadRules.Rules.Compiling.ConditionParser.Settings()).Parse(expression, [lead, score], typeof(bool));

        var bound = LeadRules.Rules.Compiling.Cost.ExpressionCost.Of(parsed, new System.Collections.Generic.Dictionary<System.Linq.Expressions.ParameterExpression, double>());

        (bound.Work, bound.Bytes, bound.Length, bound.Unknown).Should().Be((work, bytes, 0d, (string?)null), parsed.ToString());
    }

    [Fact]
    public void Of_MemberTheModelDoesNotKnow_CannotBeBounded()
    {
        var lead = System.Linq.Expressions.Expression.Parameter(typeof(LeadRules.Expressions.LeadProfile), "lead");
        var parsed = new RulesEngine.ExpressionBuilders.RuleExpressionParser(LeadRules.Rules.Compiling.ConditionParser.Settings()).Parse("lead.Id.PadLeft(5) != \"\"", [lead], typeof(bool));

        var bound = LeadRules.Rules.Compiling.Cost.ExpressionCost.Of(parsed, new System.Collections.Generic.Dictionary<System.Linq.Expressions.ParameterExpression, double>());

        bound.Unknown.Should().Be("uses String.PadLeft, whose cost LeadRules cannot bound.");
    }

    [Fact]
    public void Load_DisabledRuleOverTheBudget_LoadsBecauseItNeverRuns()
    {
        var rule = Rule("r", "s26.Length > 0", Chain("s", 26, s => $"{s}.Trim() + {s}.Trim()")).Replace("\"Expression\": \"s26", "\"Enabled\": false, \"Expression\": \"s26");

        Load(Scoring([], [rule])).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Load_EveryRuleSetOfTheRepository_CostsUnderAThousandthOfTheBudgetAndHoldsUnderATwentiethOfTheOperators()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "rules"), "*.json").Where(f => !f.EndsWith(".schema.json", System.StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "rules.json", SearchOption.AllDirectories))
            .ToList();

        files.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var file in files)
        {
            var (builder, problems) = Load(File.ReadAllText(file));
            problems.Should().BeEmpty(file);
            builder!.Costs.PerLead.Work.Should().BeLessThan(Limits.WorkPerLead / 1000, file);
            builder.Costs.PerLead.Bytes.Should().BeLessThan(Limits.MemoryPerLead / 1000, file);
            builder.Operators.Should().BeInRange(1, Limits.OperatorsPerRuleSet / 20, file);
        }
    }
}
