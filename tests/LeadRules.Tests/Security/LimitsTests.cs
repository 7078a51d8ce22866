using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Xunit;

namespace LeadRules.Tests.Security;

public class LimitsTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LeadScorer Scorer = new(RuleSet.Default);

    [Fact]
    public void Parse_RuleFileOverOneMegabyte_IsRefused()
    {
        var json = TestRuleSets.Build() + new string(' ', Limits.RuleFileBytes);

        Messages(json).Should().Equal("the rule file is larger than the limit of 1,048,576 bytes. Split the rules or shorten them.");
        var fromStream = () => RuleSet.Load(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "big.json");
        fromStream.Should().Throw<RuleSetException>().Which.Problems.Single().Message.Should().StartWith("the rule file is larger than the limit");
    }

    [Fact]
    public void Parse_JsonNestedTooDeep_IsRefused()
    {
        var json = TestRuleSets.Build(header: " \"Deep\": " + new string('[', 40) + new string(']', 40) + ",");

        Messages(json).Should().ContainSingle().Which.Should().StartWith("not valid JSON: The reader's MaxDepth of 32 has been exceeded.");
    }

    [Fact]
    public void Parse_WorkflowWithTooManyRules_IsRefused()
    {
        var rules = string.Join(",\n", Enumerable.Range(0, Limits.RulesPerWorkflow + 1).Select(i => $$"""{ "RuleName": "r{{i}}", "Expression": "true", "Properties": { "points": 1 } }"""));

        Messages(TestRuleSets.Build(scoring: rules)).Should().Contain("the workflow has 1,001 rules; the limit is 1,000.");
    }

    [Fact]
    public void Parse_TooManyLocalParams_IsRefused()
    {
        var locals = string.Join(", ", Enumerable.Range(0, Limits.ParamsPerScope + 1).Select(i => $$"""{ "Name": "p{{i}}", "Expression": "1" }"""));
        var json = TestRuleSets.Build(scoring: $$"""{ "RuleName": "referral", "LocalParams": [ {{locals}} ], "Expression": "true", "Properties": { "points": 1 } }""");

        Messages(json).Should().Equal("'LocalParams' has 101 entries; the limit is 100.");
    }

    public static TheoryData<Lead, string> OversizeLeads() => new()
    {
        { new Lead("L1", Enumerable.Repeat(new ContactPoint("referral"), 10_001)), "contactPoints: the lead has 10,001 contact points; the limit is 10,000. Aggregate repeats with 'count'." },
        { new Lead("L1", history: Enumerable.Repeat(new StrategyUse("proposal", AsOf), 1_001)), "history: the lead has 1,001 strategy uses; the limit is 1,000. Keep only the recent ones." },
        { new Lead("L1", attributes: Enumerable.Range(0, 201).ToDictionary(i => "a" + i, i => (object)i)), "attributes: the lead has 201 attributes; the limit is 200." },
        { new Lead(new string('x', 1_001)), "id: longer than 1,000 characters." },
        { new Lead("L1", new[] { new ContactPoint("referral", count: 100_001) }), "contactPoints[0].count: 100,001 is more than the limit of 100,000." },
        { new Lead("L1", new[] { new ContactPoint(new string('t', 1_001)) }), "contactPoints[0]: type is longer than 1,000 characters." },
        { new Lead("L1", new[] { new ContactPoint("referral", channel: new string('c', 1_001)) }), "contactPoints[0]: channel is longer than 1,000 characters." },
        { new Lead("L1", attributes: new Dictionary<string, object> { ["bio"] = new string('b', 1_001) }), "attributes.bio: longer than 1,000 characters." },
    };

    [Theory]
    [MemberData(nameof(OversizeLeads))]
    public void Assess_OversizeLead_GetsAnError(Lead lead, string error)
    {
        Scorer.Assess(lead, AsOf).Error.Should().Be(error);
    }

    [Fact]
    public void Assess_LargestCountsOnEveryContactPoint_AddUpWithoutOverflow()
    {
        var lead = new Lead("L1", Enumerable.Repeat(new ContactPoint("demo_request", AsOf.AddDays(-1), Limits.CountPerContactPoint), Limits.ContactPointsPerLead - 1)
            .Append(new ContactPoint("referral", AsOf.AddDays(-1))));

        var result = Scorer.Assess(lead, AsOf);

        result.Temperature.Should().Be(Temperature.Qualified);
        Scorer.Assess(new Lead("L2", new[] { new ContactPoint("referral") }), AsOf).Temperature.Should().Be(Temperature.Warm, "the scorer is still sound afterwards");
    }

    [Fact]
    public void Parse_LineOverOneMegabyte_GetsAnError()
    {
        var line = "{\"id\":\"L1\",\"attributes\":{\"x\":\"" + new string('x', Limits.LineLength) + "\"}}";

        LeadJsonReader.Parse(line, 4).Error.Should().Be("the line is longer than the limit of 1,048,576 characters.");
        var read = LeadJsonReader.ReadLines(new System.IO.StringReader(line + "\n{\"id\":\"next\"}\n")).ToArray();
        read.Select(l => l.Error ?? l.Lead!.Id).Should().Equal("the line is longer than the limit of 1,048,576 characters.", "next");
        new LineReader(new System.IO.StringReader(line)).ReadLine()!.Length.Should().Be(Limits.LineLength + 1, "the rest of a huge line is not kept");
    }

    private static string[] Messages(string json) =>
        Assert.Throws<RuleSetException>(() => RuleSet.Parse(json)).Problems.Select(p => p.Message).ToArray();
}
