using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Newtonsoft.Json;
using Xunit;

namespace LeadRules.Tests.Security;

/// <summary>Hostile rule expressions: none loads, each is refused within a second, and nothing runs.</summary>
public class HostileExpressionTests
{
    private static readonly string Sentinel = Path.Combine(Path.GetTempPath(), "leadrules-sentinel-" + Environment.ProcessId);

    public static TheoryData<string> Corpus() => new()
    {
        // reflection, through any value, and case tricks
        "\"\".GetType().Assembly.Location != \"\"",
        "lead.GetType().Name == \"LeadProfile\"",
        "score.GetType() != null",
        "lead.Id.GetType().GetMethods().Length > 0",
        "lead.Id.GetType().Assembly.GetType(\"System.IO.File\") != null",
        "lead.GETTYPE() != null",
        "lead.gettype() != null",
        "lead.Id.GeTtYpE().Name != \"\"",
        "Type.GetType(\"System.IO.File\") != null",
        "typeof(string) != null",
        "Activator.CreateInstance(\"mscorlib\", \"System.Object\") != null",
        "AppDomain.CurrentDomain.GetAssemblies().Length > 0",
        "System.Reflection.Assembly.Load(\"mscorlib\") != null",
        "((object)lead).ToString() != \"\"",
        "Convert.ChangeType(lead.Id, typeof(object)) != null",
        // files, processes, environment, network, console
        $"System.IO.File.WriteAllText(\"{Sentinel}\", \"x\") == null",
        $"File.Exists(\"{Sentinel}\")",
        "System.IO.File.ReadAllText(\"/etc/passwd\").Length > 0",
        "System.IO.Directory.GetFiles(\"/\").Length > 0",
        $"System.Diagnostics.Process.Start(\"touch\", \"{Sentinel}\") != null",
        "Environment.GetEnvironmentVariable(\"HOME\") != null",
        "Environment.Exit(1) == null",
        "new System.Net.WebClient().DownloadString(\"http://127.0.0.1/\") != \"\"",
        "new System.Net.Http.HttpClient() != null",
        "Console.ReadLine() != null",
        // the clock and randomness
        "DateTime.Now.Year > 2000",
        "DateTime.UtcNow > DateTime.MinValue",
        "DateTime.Today.Day > 0",
        "DateTimeOffset.Now.Year > 0",
        "DateTimeOffset.UtcNow.Year > 0",
        "Guid.NewGuid() != Guid.Empty",
        "new Random().Next() > 0",
        "Environment.TickCount > 0",
        // memory and CPU bombs
        "Enumerable.Range(0, 50000000).Count() > 0",
        "Enumerable.Repeat(\"x\", 100000000).Count() > 0",
        "\"x\".PadLeft(1000000000).Length > 0",
        "lead.Text(\"a\").PadRight(2147483647) != \"\"",
        "\"a\".Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Replace(\"a\", \"aaaaaaaaaa\").Length > 0",
        "string.Join(\",\", Enumerable.Range(0, 1000000)).Length > 0",
        "string.Concat(Enumerable.Repeat(\"ab\", 1000000)).Length > 0",
        "new string('x', 1000000000).Length > 0",
        "lead.Id.ToCharArray().Length > 0",
        "lead.Id.Split(',').Length > 0",
        "lead.Count(\"referral\").ToString(\"D300000000\").Length > 0",
        "(1.5).ToString(\"F999999999\") != \"\"",
        "lead.Text(\"a\\\\\") == \"\" || " + new string('(', 600) + "true" + new string(')', 600),
        string.Concat(Enumerable.Repeat("true ? ", 200)) + "true" + string.Concat(Enumerable.Repeat(" : false", 200)),
        // nesting thousands deep and expressions hundreds of kilobytes long
        new string('(', 5_000) + "true" + new string(')', 5_000),
        new string('(', 20_000) + "true" + new string(')', 20_000),
        new string('!', 3_000) + "true",
        string.Join(" && ", Enumerable.Repeat("lead.Count(\"referral\") > 0", 12_000)),
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Parse_HostileExpression_IsRefusedWithoutRunning(string expression)
    {
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": {{JsonConvert.ToString(expression)}}, "Properties": { "temperature": "cold" } }""");
        var act = () => RuleSet.Parse(json);

        act.Should().Throw<RuleSetException>().Which.Problems.Should().NotBeEmpty();
        File.Exists(Sentinel).Should().BeFalse("no hostile expression may run");
    }

    [Fact]
    public void Parse_StringDoubledThroughLocalParams_IsRefused()
    {
        var locals = string.Join(", ", new[] { """{ "Name": "s0", "Expression": "\"xxxxxxxxxxxxxxxx\" + lead.Id" }""" }
            .Concat(Enumerable.Range(1, 26).Select(i => $$"""{ "Name": "s{{i}}", "Expression": "s{{i - 1}} + s{{i - 1}}" }""")));
        var json = TestRuleSets.Build(scoring: $$"""{ "RuleName": "referral", "LocalParams": [ {{locals}} ], "Expression": "s26.Length > 0", "Properties": { "points": 1 } }""");

        var problems = Assert.Throws<RuleSetException>(() => RuleSet.Parse(json)).Problems;

        problems.Select(p => p.Message).Should().Contain("LocalParams 's14': may cost up to 16,646,147 units of work and 33,292,312 bytes of strings per lead; "
            + "a whole rule set may cost at most 10,000,000 units and 16,777,216 bytes per lead. Its costliest step is '+' on strings of up to 8,323,072 and 8,323,072 characters: "
            + "work on shorter strings (a parameter's string keeps its length wherever the parameter is used).");
    }

    [Theory]
    [InlineData("\"\".GetType().Assembly.Location != \"\"", "Expression: uses System.Object.GetType, which rule expressions may not use: reflection is not allowed.")]
    [InlineData("DateTime.Now.Year > 2000", "Expression: uses System.DateTime.Now, which rule expressions may not use: scoring is a pure function of the lead and the as-of time, so the clock and randomness are out.")]
    [InlineData("\"x\".PadLeft(1000000000).Length > 0", "Expression: uses System.String.PadLeft, which rule expressions may not use: it can allocate without bound.")]
    [InlineData("Enumerable.Range(0, 50000000).Count() > 0", "Expression: uses System.Linq.Enumerable.Range, which rule expressions may not use: sequences could run without bound.")]
    public void Parse_HostileExpression_NamesTheMember(string expression, string message)
    {
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": {{JsonConvert.ToString(expression)}}, "Properties": { "temperature": "cold" } }""");

        var problems = Assert.Throws<RuleSetException>(() => RuleSet.Parse(json)).Problems;

        problems.Select(p => p.Message).Should().Contain(m => m.StartsWith(message, StringComparison.Ordinal));
        problems.Should().OnlyContain(p => p.Workflow == "temperature" && p.Rule == "cold_otherwise");
    }

    [Theory]
    [InlineData("lead.Text(\"region\").ToLower().Trim().StartsWith(\"em\", StringComparison.Ordinal) && lead.Text(\"role\").Length < 40")]
    [InlineData("Math.Max(score, 0) >= Math.Round(Math.Sqrt(16.0), 1) && Math.Abs(-3) == 3")]
    [InlineData("DateTime(2026, 1, 1).AddDays(lead.DaysSince(\"referral\") > 1000 ? 0 : 1).Year == 2026")]
    [InlineData("TimeSpan.FromDays(3).TotalHours == 72 && lead.Id != \"\" && lead.Id.Contains(\"-\") || true")]
    [InlineData("(lead.Id + \"-\" + lead.Text(\"region\")).Length < 100 && score.ToString() != \"\" || true")]
    public void Parse_PureExpression_Loads(string expression)
    {
        var json = TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": {{JsonConvert.ToString(expression)}}, "Properties": { "temperature": "cold" } }""");

        RuleSet.Parse(json).Stamp.Name.Should().Be("test");
    }
}
