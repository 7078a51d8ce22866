using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

public class RuleSetLoadingTests
{
    private static readonly string RulesFolder = Path.Combine(RepoPaths.Root, "rules");

    public static TheoryData<string, string> InvalidJsonAtTheOffendingCharacter() => new()
    {
        // One closing brace too many: the third '}' closes the Rules array.
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 1 } } }"""),
            "rules.json:5:87: not valid JSON: JsonToken EndObject is not valid for closing JsonType Array."
        },

        // The rule name's closing quote is missing, so the string ends at the next quote.
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral, "Expression": "true", "Properties": { "points": 1 } }"""),
            "rules.json:5:32: not valid JSON: After parsing a value an unexpected character was encountered: E."
        },

        // Nothing at all, or only blanks.
        { "", "rules.json:1:1: the file is empty; a rule set is one JSON object: { ... }." },
        { " \n\t", "rules.json:1:1: the file is empty; a rule set is one JSON object: { ... }." },

        // The file stops in the middle.
        {
            "{\n  \"Name\": \"test\",\n  \"Version\": ",
            "rules.json:3:13: not valid JSON: Unexpected end of content while loading JObject."
        },
    };

    public static TheoryData<string, int, string> InvalidJsonOnItsLine() => new()
    {
        // Two rules without a comma between them.
        {
            TestRuleSets.Build(scoring: TestRuleSets.ScoringRule + "\n      " + TestRuleSets.ScoringRule),
            6,
            "not valid JSON: After parsing a value an unexpected character was encountered: {."
        },

        // The letter O instead of a zero.
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 1O } }"""),
            5,
            "not valid JSON: Unexpected character encountered while parsing number: O."
        },

        // No colon after a field name.
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression" "true", "Properties": { "points": 1 } }"""),
            5,
            "not valid JSON: Invalid character after parsing property name. Expected ':' but got: \"."
        },

        // The same field twice in one object.
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "RuleName": "referrals", "Expression": "true", "Properties": { "points": 1 } }"""),
            5,
            "not valid JSON: Property with the name 'RuleName' already exists in the current JSON object."
        },
    };

    public static TheoryData<string, string> UnknownFields() => new()
    {
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "ErrorMesage": "x", "Expression": "true", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: unknown field 'ErrorMesage'; the fields here are RuleName, Expression, Operator, Rules, "
            + "LocalParams, Properties, Enabled, ErrorMessage, SuccessEvent, RuleExpressionType."
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "enabled": true, "Expression": "true", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: unknown field 'enabled'; field names are case-sensitive: did you mean 'Enabled'?"
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 10, "pointz": 1 } }"""),
            "rules.json:5:85: scoring/referral: unknown field 'Properties.pointz'; the fields here are points, pointsEach, cap, type, halfLifeDays."
        },
        {
            TestRuleSets.Build(header: """ "Versoin": "2","""),
            "rules.json:2:39: unknown field 'Versoin'; the fields here are Name, Version, Vocabulary, Workflows."
        },
        {
            TestRuleSets.Build().Replace("""{ "WorkflowName": "temperature",""", """{ "WorkflowName": "temperature", "globalParams": [],""", StringComparison.Ordinal),
            "rules.json:7:38: temperature: unknown field 'globalParams'; field names are case-sensitive: did you mean 'GlobalParams'?"
        },
    };

    public static TheoryData<string, string> MissingFields() => new()
    {
        {
            TestRuleSets.Build().Replace("\"Name\": \"test\", ", string.Empty, StringComparison.Ordinal),
            "rules.json:1:1: missing field 'Name'."
        },
        {
            TestRuleSets.Build(scoring: TestRuleSets.ScoringRule + ",\n      " + """{ "Expression": "true", "Properties": { "points": 10 } }"""),
            "rules.json:6:7: scoring: missing field 'RuleName'."
        },
        {
            TestRuleSets.Build(temperature: """{ "RuleName": "cold_otherwise", "Expression": "true", "Properties": { } }"""),
            "rules.json:8:75: temperature/cold_otherwise: missing field 'Properties.temperature'."
        },
        {
            TestRuleSets.Build(strategies: """{ "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none" } }"""),
            "rules.json:11:72: strategies/digital_ads: missing field 'Properties.reason'."
        },
        {
            TestRuleSets.Build().Replace("""{ "WorkflowName": "temperature",""", """{ "WorkflowName": "temperature", "GlobalParams": [ { "Name": "x" } ],""", StringComparison.Ordinal),
            "rules.json:7:56: temperature: missing field 'GlobalParams.Expression'."
        },
    };

    public static TheoryData<string, string> WrongTypes() => new()
    {
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": "10" } }"""),
            "rules.json:5:71: scoring/referral: 'Properties.points' must be a number, not the string \"10\"."
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Enabled": "yes", "Expression": "true", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: 'Enabled' must be true or false, not the string \"yes\"."
        },
        {
            TestRuleSets.Build().Replace("\"Version\": \"1.0.0\"", "\"Version\": 1", StringComparison.Ordinal),
            "rules.json:2:19: 'Version' must be a non-empty string, not the number 1."
        },
        {
            TestRuleSets.Build(strategies: """{ "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": "cold", "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } }"""),
            "rules.json:11:74: strategies/digital_ads: 'Properties.stages' must be an array, not the string \"cold\"."
        },
        {
            TestRuleSets.Build(strategies: """{ "RuleName": "digital_ads", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "priority": 1.5, "reason": "Cold lead: ads." } }"""),
            "rules.json:11:155: strategies/digital_ads: 'Properties.priority' must be a whole number, not the number 1.5."
        },
    };

    public static TheoryData<string, string> ExpressionsThatDoNotCompile() => new()
    {
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") >", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression does not compile: Expression expected (at character 25 of \"lead.Count(\"referral\") >\")."
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Nope()", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression does not compile: lead has no method 'Nope' (at character 6 of \"lead.Nope()\"); its members are Count, Within, DaysSince, GroupCount, GroupWithin, Channels, Consent, Text, Number, Has, Id."
        },
        {
            // Identifiers are case-sensitive: the input is 'score'.
            TestRuleSets.Build(temperature: """{ "RuleName": "cold_otherwise", "Expression": "Score >= 0", "Properties": { "temperature": "cold" } }"""),
            "rules.json:8:39: temperature/cold_otherwise: Expression does not compile: 'Score' is not defined (at character 1 of \"Score >= 0\"); did you mean 'score'?"
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "Lead.Count(\"referral\") > 0", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression does not compile: 'Lead' is not defined (at character 1 of \"Lead.Count(\"referral\") > 0\"); did you mean 'lead'?"
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referral\")", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression does not compile: Expression of type 'Boolean' expected (at character 1 of \"lead.Count(\"referral\")\")."
        },
        {
            // The scoring workflow sees only 'lead': the score is what it computes.
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "score > 1", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression does not compile: 'score' is not defined (at character 1 of \"score > 1\"); the names here are lead."
        },
        {
            // The parser would resolve 'count' to Count; rule files must spell names as they are.
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.count(\"referral\") > 0", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression: 'count' must be written 'Count': names in expressions are case-sensitive."
        },
        {
            TestRuleSets.Build(temperature: """{ "RuleName": "cold_otherwise", "Expression": "lead.within(\"referral\", 3) || true", "Properties": { "temperature": "cold" } }"""),
            "rules.json:8:39: temperature/cold_otherwise: Expression: 'within' must be written 'Within': names in expressions are case-sensitive."
        },
    };

    public static TheoryData<string, string> NamesOutsideTheVocabulary() => new()
    {
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referal\") > 0", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression: lead.Count(\"referal\"): 'referal' is not a contact-point type of the vocabulary (did you mean 'referral'?)."
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"telepathy\") > 0", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression: lead.Count(\"telepathy\"): 'telepathy' is not a contact-point type of the vocabulary."
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.GroupCount(\"social\") > 0", "Properties": { "points": 10 } }"""),
            "rules.json:5:33: scoring/referral: Expression: lead.GroupCount(\"social\"): 'social' is not a channel group; "
            + "the groups are marketing, social_proof, search, website, direct, intent, negative, outcome."
        },
        {
            TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "type": "referal", "points": 10 } }"""),
            "rules.json:5:71: scoring/referral: 'Properties.type': 'referal' is not a contact-point type of the vocabulary."
        },
        {
            // Inside a nested rule, the problem names the path from the top-level rule and points at the nested expression.
            TestRuleSets.Build(temperature:
                """{ "RuleName": "warm", "Operator": "OrElse", "Properties": { "temperature": "warm" }, "Rules": [ { "RuleName": "a", "Expression": "lead.Count(\"referal\") > 0" } ] },"""
                + "\n      " + TestRuleSets.TemperatureRule),
            "rules.json:8:122: temperature/warm/a: Expression: lead.Count(\"referal\"): 'referal' is not a contact-point type of the vocabulary (did you mean 'referral'?)."
        },
        {
            TestRuleSets.Build().Replace(
                """{ "WorkflowName": "temperature",""",
                """{ "WorkflowName": "temperature", "GlobalParams": [ { "Name": "recent", "Expression": "lead.GroupWithin(\"intnet\", 30)" } ],""",
                StringComparison.Ordinal),
            "rules.json:7:76: temperature: GlobalParams 'recent': lead.GroupWithin(\"intnet\"): 'intnet' is not a channel group; "
            + "the groups are marketing, social_proof, search, website, direct, intent, negative, outcome."
        },
        {
            TestRuleSets.Build(strategies: """{ "RuleName": "digital_adds", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } }"""),
            "rules.json:11:9: strategies/digital_adds: 'digital_adds' is not a strategy of the vocabulary; use a catalogue id or add it to Vocabulary.Strategies."
        },
    };

    [Fact]
    public void Parse_MinimalRuleSet_Loads()
    {
        var rules = RuleSet.Parse(TestRuleSets.Build());

        rules.Source.Should().Be("rules.json");
        rules.Stamp.Name.Should().Be("test");
        rules.Stamp.Version.Should().Be("1.0.0");
    }

    [Theory]
    [MemberData(nameof(InvalidJsonAtTheOffendingCharacter))]
    public void Parse_InvalidJson_IsRefusedAtTheOffendingCharacter(string json, string expected)
    {
        ProblemsOf(json).Should().Equal(expected);
    }

    // Only the line is asserted: Newtonsoft.Json gives the column of the last character it read, which for these is
    // before the offending token (the whitespace before it, the '1' of '1O', the colon after a duplicate name).
    [Theory]
    [MemberData(nameof(InvalidJsonOnItsLine))]
    public void Parse_InvalidJson_IsRefusedOnItsLine(string json, int line, string message)
    {
        var problems = Refuse(json).Problems;

        problems.Should().ContainSingle();
        problems[0].Source.Should().Be("rules.json");
        problems[0].Line.Should().Be(line);
        problems[0].Workflow.Should().BeNull();
        problems[0].Rule.Should().BeNull();
        problems[0].Message.Should().Be(message);
    }

    [Theory]
    [MemberData(nameof(UnknownFields))]
    public void Parse_UnknownField_IsRefusedWithTheKnownFields(string json, string expected)
    {
        ProblemsOf(json).Should().Equal(expected);
    }

    [Theory]
    [InlineData("temperature", "rules.json:8:7: temperature/cold_otherwise: missing field 'Properties'; a temperature rule sets temperature, owner there.")]
    [InlineData("strategies", "rules.json:11:7: strategies/digital_ads: missing field 'Properties'; a strategies rule sets stages, owner, channel, consent, priority, coolDownDays, reason there.")]
    [InlineData("scoring", "rules.json:5:7: scoring/referral: missing field 'Properties'; a scoring rule sets points, pointsEach, cap, type, halfLifeDays there.")]
    public void Parse_RuleWithoutProperties_IsRefusedWithOneProblem(string workflow, string expected)
    {
        var json = workflow switch
        {
            "temperature" => TestRuleSets.Build(temperature: """{ "RuleName": "cold_otherwise", "Expression": "true" }"""),
            "strategies" => TestRuleSets.Build(strategies: """{ "RuleName": "digital_ads", "Expression": "true" }"""),
            _ => TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true" }"""),
        };

        ProblemsOf(json).Should().Equal(expected);
    }

    [Fact]
    public void Parse_WorkflowWhoseOnlyRuleHasNoName_IsRefusedForTheNameOnly()
    {
        var json = TestRuleSets.Build(scoring: """{ "Expression": "true", "Properties": { "points": 10 } }""");

        ProblemsOf(json).Should().Equal("rules.json:5:7: scoring: missing field 'RuleName'.");
    }

    [Fact]
    public void Parse_MisspeltExpressionField_IsRefusedAsUnknownAndMissing()
    {
        var json = TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expresion": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } }""");

        ProblemsOf(json).Should().Equal(new[]
        {
            "rules.json:5:7: scoring/referral: missing field 'Expression' (or an 'Operator' with nested 'Rules').",
            "rules.json:5:33: scoring/referral: unknown field 'Expresion'; the fields here are RuleName, Expression, Operator, Rules, "
            + "LocalParams, Properties, Enabled, ErrorMessage, SuccessEvent, RuleExpressionType.",
        });
    }

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Parse_MissingRequiredField_IsRefused(string json, string expected)
    {
        ProblemsOf(json).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Parse_FieldOfTheWrongType_IsRefused(string json, string expected)
    {
        ProblemsOf(json).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(ExpressionsThatDoNotCompile))]
    public void Parse_ExpressionThatDoesNotCompile_IsRefused(string json, string expected)
    {
        ProblemsOf(json).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(NamesOutsideTheVocabulary))]
    public void Parse_NameOutsideTheVocabulary_IsRefused(string json, string expected)
    {
        ProblemsOf(json).Should().Equal(expected);
    }

    [Fact]
    public void Parse_DuplicateRuleName_IsRefusedAtTheSecondRule()
    {
        var json = TestRuleSets.Build(scoring: TestRuleSets.ScoringRule + ",\n      " + TestRuleSets.ScoringRule);

        ProblemsOf(json).Should().Equal("rules.json:6:9: scoring/referral: duplicate rule name 'referral'; rule names are unique within a workflow.");
    }

    [Fact]
    public void Parse_TemperatureRuleBelowOneThatAlwaysHolds_IsRefusedAsUnreachable()
    {
        var json = TestRuleSets.Build(temperature: TestRuleSets.TemperatureRule + ",\n      "
            + """{ "RuleName": "warm_by_score", "Expression": "score >= 10", "Properties": { "temperature": "warm" } }""");

        ProblemsOf(json).Should().Equal(
            "rules.json:9:7: temperature/warm_by_score: this rule can never be reached: 'cold_otherwise' above it always holds. "
            + "Remove it or move it above 'cold_otherwise'.");
    }

    [Fact]
    public void Parse_WarmRuleBeforeQualifiedRule_IsRefusedAsOutOfOrder()
    {
        var json = TestRuleSets.Build(temperature:
            """{ "RuleName": "warm_by_score", "Expression": "score >= 10", "Properties": { "temperature": "warm" } },""" + "\n      "
            + """{ "RuleName": "qualified_by_score", "Expression": "score >= 50", "Properties": { "temperature": "qualified" } },""" + "\n      "
            + TestRuleSets.TemperatureRule);

        ProblemsOf(json).Should().Equal(
            "rules.json:9:7: temperature/qualified_by_score: a qualified rule below the warm rule 'warm_by_score' is reached only when that one fails; "
            + "order temperature rules qualified, warm, cold.");
    }

    [Fact]
    public void Parse_UnknownWorkflowName_IsRefusedAndTheWorkflowIsMissing()
    {
        var json = TestRuleSets.Build().Replace("\"WorkflowName\": \"strategies\"", "\"WorkflowName\": \"strategy\"", StringComparison.Ordinal);

        ProblemsOf(json).Should().Equal(
            "rules.json:3:3: missing workflow 'strategies'; a rule set has the workflows scoring, temperature, strategies.",
            "rules.json:10:7: strategy: unknown workflow 'strategy'; a rule set has the workflows scoring, temperature, strategies.");
    }

    [Fact]
    public void Parse_MissingWorkflow_IsRefused()
    {
        var json = """
            {
              "Name": "test", "Version": "1.0.0",
              "Workflows": [
                { "WorkflowName": "scoring", "Rules": [
                  { "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } }
                ] },
                { "WorkflowName": "temperature", "Rules": [
                  { "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } }
                ] }
              ]
            }
            """;

        ProblemsOf(json).Should().Equal("rules.json:3:3: missing workflow 'strategies'; a rule set has the workflows scoring, temperature, strategies.");
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllListedInOneExceptionInFileOrder()
    {
        var json = TestRuleSets.Build(
            scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referal\") > 0", "Properties": { "points": "10" } },""" + "\n      "
                + """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": 5 } }""",
            temperature: TestRuleSets.TemperatureRule + ",\n      "
                + """{ "RuleName": "warm_by_score", "Expression": "score >= 10", "Properties": { "temperature": "warm" } }""",
            strategies: """{ "RuleName": "digital_adds", "Expression": "true", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Ads." }, "enabled": true }""");
        string[] expected =
        {
            "rules.json:5:33: scoring/referral: Expression: lead.Count(\"referal\"): 'referal' is not a contact-point type of the vocabulary (did you mean 'referral'?).",
            "rules.json:5:94: scoring/referral: 'Properties.points' must be a number, not the string \"10\".",
            "rules.json:6:9: scoring/referral: duplicate rule name 'referral'; rule names are unique within a workflow.",
            "rules.json:10:7: temperature/warm_by_score: this rule can never be reached: 'cold_otherwise' above it always holds. Remove it or move it above 'cold_otherwise'.",
            "rules.json:13:9: strategies/digital_adds: 'digital_adds' is not a strategy of the vocabulary; use a catalogue id or add it to Vocabulary.Strategies.",
            "rules.json:13:176: strategies/digital_adds: unknown field 'enabled'; field names are case-sensitive: did you mean 'Enabled'?",
        };

        var refused = Refuse(json);

        refused.Problems.Select(p => p.ToString()).Should().Equal(expected);
        refused.Message.Should().Be(
            "Rule set 'rules.json' was refused with 6 problems; fix each and load it again:" + Environment.NewLine
            + string.Join(Environment.NewLine, expected.Select(p => "  " + p)));
    }

    [Fact]
    public void Parse_Problem_IsLocatedByEveryPart()
    {
        var problem = Refuse(TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "true", "Properties": { "points": "10" } }"""), "my-rules.json")
            .Problems.Should().ContainSingle().Subject;

        problem.Source.Should().Be("my-rules.json");
        problem.Line.Should().Be(5);
        problem.Column.Should().Be(71);
        problem.Workflow.Should().Be("scoring");
        problem.Rule.Should().Be("referral");
        problem.Message.Should().Be("'Properties.points' must be a number, not the string \"10\".");
        problem.ToString().Should().Be("my-rules.json:5:71: scoring/referral: 'Properties.points' must be a number, not the string \"10\".");
    }

    [Fact]
    public void Parse_Comments_AreAllowed()
    {
        var json = "// A rule set with comments.\n/* Block comment\n   on two lines. */\n"
            + TestRuleSets.Build(scoring: """{ "RuleName": "referral", /* inline */ "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": 10 } } // after a rule""")
            + "\n// after the closing brace\n";

        var rules = RuleSet.Parse(json);

        rules.Stamp.Name.Should().Be("test");
    }

    [Fact]
    public void Parse_BrokenExpressionInDisabledRule_IsStillRefused()
    {
        var json = TestRuleSets.Build(scoring: TestRuleSets.ScoringRule + ", "
            + """{ "RuleName": "off", "Enabled": false, "Expression": "lead.Count(\"referral\") >", "Properties": { "points": 10 } }""");

        ProblemsOf(json).Should().Equal(
            "rules.json:5:152: scoring/off: Expression does not compile: Expression expected (at character 25 of \"lead.Count(\"referral\") >\").");
    }

    [Fact]
    public void Load_FileWithBrokenExpression_IsRefusedNotReadAsFalse()
    {
        var path = WriteTemporary(TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Nope()", "Properties": { "points": 10 } }"""));
        try
        {
            var load = () => RuleSet.Load(path);

            load.Should().Throw<RuleSetException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
                $"{path}:5:33: scoring/referral: Expression does not compile: lead has no method 'Nope' (at character 6 of \"lead.Nope()\"); its members are Count, Within, DaysSince, GroupCount, GroupWithin, Channels, Consent, Text, Number, Has, Id.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_IsRefusedWithTheReason()
    {
        var path = Path.Combine(Path.GetTempPath(), "leadrules-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var load = () => RuleSet.Load(path);

        var refused = load.Should().Throw<RuleSetException>().Which;
        refused.Problems.Select(p => p.ToString()).Should().Equal($"{path}: cannot read the rule file: Could not find file '{path}'.");
        refused.Message.Should().StartWith($"Rule set '{path}' was refused with 1 problem; fix each and load it again:");
    }

    [Fact]
    public void Load_ValidFile_UsesThePathAsSource()
    {
        var path = WriteTemporary(TestRuleSets.Build());
        try
        {
            var rules = RuleSet.Load(path);

            rules.Source.Should().Be(path);
            rules.Stamp.Name.Should().Be("test");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_VocabularyAddsContactPointTypeAndStrategy_RulesCanUseThem()
    {
        var json = TestRuleSets.Build(
            header: """ "Vocabulary": { "ContactPointTypes": { "webinar_attended": "direct" }, "Strategies": [ "webinar_follow_up" ] },""",
            scoring: """{ "RuleName": "webinar", "Expression": "lead.Count(\"webinar_attended\") > 0", "Properties": { "type": "webinar_attended", "points": 7 } }""",
            strategies: TestRuleSets.StrategyRule + ",\n      "
                + """{ "RuleName": "webinar_follow_up", "Expression": "lead.Within(\"webinar_attended\", 7)", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "email", "consent": "none", "priority": 50, "reason": "Attended a webinar." } }""");
        var asOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        var rules = RuleSet.Parse(json);
        var assessment = new LeadScorer(rules).Assess(new Lead("L1", new[] { new ContactPoint("webinar_attended", asOf.AddDays(-2)) }), asOf);

        rules.Vocabulary.GroupOf("webinar_attended").Should().Be("direct");
        rules.Vocabulary.HasStrategy("webinar_follow_up").Should().BeTrue();
        assessment.Error.Should().BeNull();
        assessment.Reasons.Select(r => r.ToString()).Should().Equal("webinar:7");
        assessment.Recommendations.Select(r => r.Strategy).Should().Equal("webinar_follow_up", "digital_ads");
    }

    [Fact]
    public void Parse_ContactPointTypeNotAddedToVocabulary_IsRefused()
    {
        var json = TestRuleSets.Build(
            scoring: """{ "RuleName": "webinar", "Expression": "lead.Count(\"webinar_attended\") > 0", "Properties": { "type": "webinar_attended", "points": 7 } }""");

        ProblemsOf(json).Should().Equal(
            "rules.json:5:32: scoring/webinar: Expression: lead.Count(\"webinar_attended\"): 'webinar_attended' is not a contact-point type of the vocabulary (did you mean 'seminar_attended'?).",
            "rules.json:5:102: scoring/webinar: 'Properties.type': 'webinar_attended' is not a contact-point type of the vocabulary.");
    }

    [Fact]
    public void Parse_VocabularyMovesDefaultTypeToAnotherGroup_IsRefused()
    {
        var json = TestRuleSets.Build(header: """ "Vocabulary": { "ContactPointTypes": { "referral": "direct" } },""");

        Refuse(json).Problems.Should().ContainSingle()
            .Which.Message.Should().Be("Vocabulary.ContactPointTypes: 'referral' is in group 'social_proof' already; types cannot move between groups.");
    }

    public static TheoryData<string> RuleFiles() => new(RuleFileNames());

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Load_RuleFileOfTheRepository_Loads(string file)
    {
        var path = Path.Combine(RulesFolder, file);

        var rules = RuleSet.Load(path);

        rules.Source.Should().Be(path);
    }

    [Fact]
    public void RuleFiles_OfTheRepository_IncludeTheDefault()
    {
        RuleFileNames().Should().Contain("default.json");
    }

    private static string[] RuleFileNames() =>
        Directory.GetFiles(RulesFolder, "*.json", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RulesFolder, p))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static RuleSetException Refuse(string json, string source = "rules.json")
    {
        var parse = () => RuleSet.Parse(json, source);

        return parse.Should().Throw<RuleSetException>().Which;
    }

    private static string[] ProblemsOf(string json) => Refuse(json).Problems.Select(p => p.ToString()).ToArray();

    private static string WriteTemporary(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "leadrules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
