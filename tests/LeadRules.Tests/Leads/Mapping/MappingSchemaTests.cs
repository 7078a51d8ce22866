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

namespace LeadRules.Tests.Leads.Mapping;

public class MappingSchemaTests
{
    private static readonly JsonLoadSettings LoadSettings = new() { CommentHandling = CommentHandling.Ignore };

    private static readonly string SamplesFolder = Path.Combine(RepoPaths.Root, "samples");

    public static TheoryData<string> MappingFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in MappingPaths())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void MappingFiles_Samples_IncludeTheBankMapping()
    {
        MappingPaths().Should().Contain(Path.Combine("bank-marketing", "mapping.json"));
    }

    [Theory]
    [MemberData(nameof(MappingFiles))]
    public async Task Validate_SampleMapping_HasNoSchemaErrors(string file)
    {
        var schema = await LoadSchemaAsync();

        var errors = schema.Validate(Load(file));

        errors.Select(e => e.ToString()).Should().BeEmpty("{0} must follow leadmapping.schema.json", file);
    }

    [Fact]
    public async Task Validate_UnknownTopLevelField_IsRejected()
    {
        var schema = await LoadSchemaAsync();
        var document = (JObject)Load(Path.Combine("bank-marketing", "mapping.json"));
        document["ContactPoint"] = new JArray();

        var errors = schema.Validate(document);

        errors.Should().ContainSingle(e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "ContactPoint");
    }

    [Fact]
    public async Task Validate_SourceWithCountAndValues_IsRejected()
    {
        var schema = await LoadSchemaAsync();
        var document = Load(Path.Combine("bank-marketing", "mapping.json"));
        document["ContactPoints"]![0]!["Values"] = new JObject { ["x"] = "referral" };

        var errors = schema.Validate(document);

        Flatten(errors).Should().Contain(e => e.Kind == ValidationErrorKind.NotOneOf);
    }

    [Fact]
    public async Task Validate_UnknownConsentChannel_IsRejected()
    {
        var schema = await LoadSchemaAsync();
        var document = Load(Path.Combine("bank-marketing", "mapping.json"));
        document["Consent"]![0]!["Channel"] = "fax";

        var errors = schema.Validate(document);

        Flatten(errors).Should().Contain(e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Property == "Channel");
    }

    private static IEnumerable<string> MappingPaths() =>
        Directory.GetFiles(SamplesFolder, "mapping*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(SamplesFolder, p));

    private static Task<JsonSchema> LoadSchemaAsync() => JsonSchema.FromFileAsync(RepoPaths.Rules("leadmapping.schema.json"));

    private static JToken Load(string file) => JToken.Parse(File.ReadAllText(Path.Combine(SamplesFolder, file)), LoadSettings);

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend(e)
            : [e]);
}
