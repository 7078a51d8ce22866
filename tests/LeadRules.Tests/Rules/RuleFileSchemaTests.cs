using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Xunit;

namespace LeadRules.Tests.Rules;

public class RuleFileSchemaTests
{
    private const string SchemaFileName = "leadrules.schema.json";

    private static readonly JsonLoadSettings LoadSettings = new() { CommentHandling = CommentHandling.Ignore };

    private static readonly string RulesFolder = Path.Combine(RepoPaths.Root, "rules");

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RulesFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RulesFolder, path);
            if (!relative.EndsWith(".schema.json", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public async Task Validate_RuleFile_HasNoSchemaErrors(string file)
    {
        var schema = await LoadSchemaAsync();

        var errors = schema.Validate(Load(file));

        errors.Select(e => e.ToString()).Should().BeEmpty("{0} must follow {1}", file, SchemaFileName);
    }

    [Fact]
    public async Task Validate_ScoringPointsNotANumber_IsRejected()
    {
        var schema = await LoadSchemaAsync();
        var document = Load("default.json");
        var scoring = document["Workflows"]!.Single(w => (string?)w["WorkflowName"] == "scoring");
        scoring["Rules"]![0]!["Properties"]!["points"] = "ten";

        var errors = schema.Validate(document);

        Flatten(errors).Should().Contain(e => e.Kind == ValidationErrorKind.NumberExpected && e.Property == "points");
    }

    [Fact]
    public async Task Validate_UnknownTopLevelField_IsRejected()
    {
        var schema = await LoadSchemaAsync();
        var document = (JObject)Load("default.json");
        document["Workflow"] = new JArray();

        var errors = schema.Validate(document);

        errors.Should().ContainSingle(e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "Workflow");
    }

    private static Task<JsonSchema> LoadSchemaAsync() => JsonSchema.FromFileAsync(Path.Combine(RulesFolder, SchemaFileName));

    private static JToken Load(string file) => JToken.Parse(File.ReadAllText(Path.Combine(RulesFolder, file)), LoadSettings);

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend(e)
            : [e]);
}
