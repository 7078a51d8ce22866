using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using LeadRules.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;
using JsonFormatting = Newtonsoft.Json.Formatting;

namespace LeadRules.Tests.Rules;

/// <summary>
/// Rule files as RulesEngine 6.0.1 writes them (its own models through Json.NET), and RulesEngine's own test and demo
/// workflows (see <c>RulesEngineFiles/NOTICE.md</c>): they load, or are refused with problems that say where and what to do.
/// </summary>
public class RulesEngineFilesTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "LeadRules.Tests", "Rules", "RulesEngineFiles");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).OrderBy(f => f, System.StringComparer.Ordinal));

    [Theory]
    [InlineData(JsonFormatting.None)]
    [InlineData(JsonFormatting.Indented)]
    public void Parse_WorkflowsWrittenByRulesEngineModels_LoadAsTheOriginal(JsonFormatting formatting)
    {
        var file = JObject.Parse(File.ReadAllText(RepoPaths.Rules("default.json")));
        var workflows = file["Workflows"]!.ToObject<RulesEngine.Models.Workflow[]>()!;
        var written = JsonConvert.SerializeObject(workflows, formatting);
        file["Workflows"] = JArray.Parse(written);

        var rules = RuleSet.Parse(file.ToString(formatting), "saved.json");

        JsonConvert.SerializeObject(workflows).Should().Contain("\"WorkflowsToInject\":null").And.Contain("\"RuleExpressionType\":0").And.Contain("\"Actions\":null")
            .And.Contain("\"Operator\":null").And.Contain("\"LocalParams\":null").And.Contain("\"Enabled\":true", "the file holds what RulesEngine writes");
        rules.Rules.Select(r => (r.Workflow, r.Name, r.Temperature, r.Owner))
            .Should().Equal(RuleSet.Default.Rules.Select(r => (r.Workflow, r.Name, r.Temperature, r.Owner)));
    }

    [Fact]
    public void Parse_ListOfWorkflowsWithoutEnvelope_OneProblemShowingTheEnvelope()
    {
        var file = JObject.Parse(File.ReadAllText(RepoPaths.Rules("default.json")));
        var list = JsonConvert.SerializeObject(file["Workflows"]!.ToObject<RulesEngine.Models.Workflow[]>(), JsonFormatting.Indented);

        Problems(list, "saved.json").Should().Equal(
            "saved.json:1:1: the file is a list of RulesEngine workflows without the LeadRules envelope; put the list in one: "
            + "{ \"Name\": \"my-rules\", \"Version\": \"1.0.0\", \"Workflows\": [ the workflows ] }.");
    }

    [Fact]
    public void Load_RulesEngineDemoList_OneProblemNamingItsWorkflows()
    {
        Problems(Path.Combine(Folder, "DemoApp", "NestedInputDemo.json")).Should().Equal(
            "NestedInputDemo.json:1:1: the file is a list of RulesEngine workflows without the LeadRules envelope; put the list in one: "
            + "{ \"Name\": \"my-rules\", \"Version\": \"1.0.0\", \"Workflows\": [ the workflows ] }. A rule set has the workflows scoring, temperature, strategies; "
            + "this list has NestedInputDemoWorkflow1, NestedInputDemoWorkflow2, NestedInputDemoWorkflow3.");
    }

    [Fact]
    public void Load_RulesEngineSingleWorkflow_OneProblemShowingTheEnvelope()
    {
        Problems(Path.Combine(Folder, "TestData", "rules11.json")).Should().Equal(
            "rules11.json:1:1: the file is one RulesEngine workflow ('MyWorkflow') without the LeadRules envelope; put it in one: "
            + "{ \"Name\": \"my-rules\", \"Version\": \"1.0.0\", \"Workflows\": [ this workflow, and the other two ] }. "
            + "A rule set has the workflows scoring, temperature, strategies.");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_RulesEngineFileAsItIs_OneProblemSayingHowToWrapIt(string file)
    {
        var problems = Problems(Path.Combine(Folder, file));

        problems.Should().ContainSingle().Which.Should().StartWith($"{Path.GetFileName(file)}:1:1: the file is ")
            .And.Contain("RulesEngine workflow").And.Contain("{ \"Name\": \"my-rules\", \"Version\": \"1.0.0\", \"Workflows\": [");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_RulesEngineFileWrapped_ProblemsAreLocatedAndReadable(string file)
    {
        var problems = Problems(Wrapped(file, renameFirstTo: null), file).Concat(Problems(Wrapped(file, renameFirstTo: "scoring"), file)).ToList();

        problems.Should().NotBeEmpty("RulesEngine's examples score orders, not leads");
        problems.Should().AllSatisfy(p => p.Should().MatchRegex($"^{Regex.Escape(file)}:[1-9][0-9]*:[1-9][0-9]*: ", "every problem names file:line:col"));
        problems.Should().NotContain(p => RawParserText.IsMatch(p), "no problem is a parser's message passed on as it is");
        problems.Should().NotContain(p => p.Contains("unknown field 'ErrorType'") || p.Contains("unknown field 'WorkflowsToInject'")
            || p.Contains("unknown field 'Actions'") || p.Contains("'RuleExpressionType' can only"), "the fields RulesEngine writes are accepted");
    }

    [Fact]
    public void Parse_RulesEngineDiscountAsScoring_SaysWhatEachRuleNeeds()
    {
        var problems = Problems(Wrapped("DemoApp/Discount.json", renameFirstTo: "scoring"), "Discount.json");

        problems.Should().Contain(
            "Discount.json:12:9: scoring/GiveDiscount10: Expression does not compile: 'input1' is not defined (at character 1 of "
            + "\"input1.country == \"india\" AND input1.loyaltyFactor <= 2 AND input1.totalPurchase...\"); "
            + "LeadRules expressions name their input 'lead', not input1 as RulesEngine examples do: the names here are lead.");
        problems.Should().Contain("Discount.json:6:7: scoring/GiveDiscount10: missing field 'Properties'; a scoring rule sets points, pointsEach, cap, type, halfLifeDays there.");
        problems.Should().Contain(p => p.StartsWith("Discount.json:", System.StringComparison.Ordinal) && p.Contains("scoring/GiveDiscount30NestedOrExample/IsLoyalAndHasGoodSpend: Expression does not compile: 'input1' is not defined"));
    }

    [Fact]
    public void Parse_RulesEngineFileWithLowerCaseField_SaysTheFieldIsCaseSensitive()
    {
        Problems(Wrapped("TestData/rules4.json", renameFirstTo: "scoring"), "rules4.json").Should().Contain(
            "rules4.json:11:9: scoring/GiveDiscount10: unknown field 'localParams'; field names are case-sensitive: did you mean 'LocalParams'?");
    }

    private static readonly Regex RawParserText = new(
        @"Path '|, line \d|position \d|JsonReader|Exception|   at |LeadProfile|No applicable method|No property or field|Unknown identifier|Syntax error",
        RegexOptions.Compiled);

    /// <summary>
    /// The file's workflows in an envelope, beside valid temperature and strategies workflows when the first is renamed
    /// <c>scoring</c> (so that its rules are checked), laid out like the original one line further down per wrapper line.
    /// </summary>
    private static string Wrapped(string file, string? renameFirstTo)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file)).TrimStart('\uFEFF').Trim();
        var list = text.StartsWith('[') ? text[1..^1] : text;
        if (renameFirstTo is not null)
        {
            list = new Regex("\"WorkflowName\":\\s*\"[^\"]*\"").Replace(list, $"\"WorkflowName\": \"{renameFirstTo}\"", 1)
                + ",\n{ \"WorkflowName\": \"temperature\", \"Rules\": [ " + TestRuleSets.TemperatureRule + " ] },"
                + "\n{ \"WorkflowName\": \"strategies\", \"Rules\": [ " + TestRuleSets.StrategyRule + " ] }";
        }

        return "{ \"Name\": \"wrapped\", \"Version\": \"1.0.0\", \"Workflows\": [\n" + list + "\n] }";
    }

    private static List<string> Problems(string path) => Problems(File.ReadAllText(path), Path.GetFileName(path));

    private static List<string> Problems(string json, string source)
    {
        var parse = () => RuleSet.Parse(json, source);
        return parse.Should().Throw<RuleSetException>().Which.Problems.Select(p => p.ToString()).ToList();
    }
}
