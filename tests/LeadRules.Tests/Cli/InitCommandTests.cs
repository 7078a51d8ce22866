using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>leadrules init FILE</c>: a starter rule file that loads, with the schema its <c>$schema</c> names beside it.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("leadrules-init-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Init_NewFile_WritesADefaultCopyNamedAfterItAndTheSchemaItNamesBesideIt()
    {
        var file = Path.Combine(_dir, "crm", "acme-leads.json");

        var result = CliProcess.Run($"init \"{file}\"");

        result.ExitCode.Should().Be(0, result.Error);
        var loaded = RuleSet.Load(file);
        loaded.Stamp.Name.Should().Be("acme-leads");
        loaded.Stamp.Version.Should().Be("0.1.0");
        loaded.Rules.Select(r => r.ToString()).Should().Equal(RuleSet.Default.Rules.Select(r => r.ToString()));
        var document = JObject.Parse(File.ReadAllText(file), new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
        var schemaPath = Path.Combine(Path.GetDirectoryName(file)!, (string)document["$schema"]!);
        File.ReadAllText(schemaPath).Should().Be(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "leadrules.schema.json")));
        var schema = await JsonSchema.FromFileAsync(schemaPath);
        schema.Validate(document).Should().BeEmpty();
        CliProcess.Run($"validate \"{file}\"").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Init_ExistingFile_RefusesAndLeavesItUnlessForced()
    {
        var file = Path.Combine(_dir, "mine.json");
        File.WriteAllText(file, "my own rules");

        var refused = CliProcess.Run($"init \"{file}\"");

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Be($"error: {file} exists; choose another name, or add --force to overwrite it.\n");
        File.ReadAllText(file).Should().Be("my own rules");
        File.Exists(Path.Combine(_dir, "leadrules.schema.json")).Should().BeFalse();

        CliProcess.Run($"init \"{file}\" --force").ExitCode.Should().Be(0);
        RuleSet.Load(file).Stamp.Name.Should().Be("mine");
    }

    [Fact]
    public void JsonSchema_Embedded_IsTheRepositorySchema()
    {
        RuleSet.JsonSchema.Should().Be(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "leadrules.schema.json")));
    }

    [Fact]
    public void Validate_FileGivenPositionally_ChecksThatFile()
    {
        var file = Path.Combine(_dir, "broken.json");
        File.WriteAllText(file, "{}");

        var positional = CliProcess.Run($"validate \"{file}\"");
        var named = CliProcess.Run($"validate --rules \"{file}\"");

        positional.ExitCode.Should().Be(2);
        positional.Error.Should().StartWith($"Rule set '{file}' was refused with 6 problems").And.Be(named.Error);
    }
}
