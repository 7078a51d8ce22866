using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>Reads a rule file's JSON (comments allowed) into specs, reporting every structural problem with its location.</summary>
internal static class RuleFileReader
{
    private static readonly string[] EnvelopeFields = { "$schema", "Name", "Version", "Vocabulary", "Workflows" };
    private static readonly string[] VocabularyFields = { "ContactPointTypes", "Strategies" };
    private static readonly string[] WorkflowFields = { "WorkflowName", "Rules", "GlobalParams", "RuleExpressionType" };
    private static readonly string[] RuleFields =
        { "RuleName", "Expression", "Operator", "Rules", "LocalParams", "Properties", "Enabled", "ErrorMessage", "SuccessEvent", "RuleExpressionType" };
    private static readonly string[] ParamFields = { "Name", "Expression" };

    public static RuleFileSpec? Read(string text, ProblemList problems)
    {
        var root = JsonFile.Load(text, problems, "rule set");
        if (root is null || EnvelopeHint.Check(root, problems))
        {
            return null;
        }

        if (root is not JObject json)
        {
            problems.Add(root, null, null, $"a rule set is one JSON object: {EnvelopeHint.Envelope}, not {JsonObjectReader.Describe(root)}.");
            return null;
        }

        var envelope = new JsonObjectReader(json, problems, null, null, string.Empty, EnvelopeFields);
        var name = envelope.String("Name", required: true) ?? "?";
        var version = envelope.String("Version", required: true) ?? "?";
        var (types, strategies) = ReadVocabulary(envelope.Object("Vocabulary"), problems);
        var workflows = new List<WorkflowSpec>();
        foreach (var item in envelope.Array("Workflows", required: true) ?? new JArray())
        {
            if (item is not JObject workflowJson)
            {
                problems.Add(item, null, null, $"each entry of 'Workflows' must be an object, not {JsonObjectReader.Describe(item)}.");
                continue;
            }

            var workflow = ReadWorkflow(workflowJson, problems);
            if (workflow is not null)
            {
                workflows.Add(workflow);
            }
        }

        return new RuleFileSpec(name, version, types, strategies, workflows, json);
    }

    private static (List<KeyValuePair<string, string>>, List<string>) ReadVocabulary(JObject? json, ProblemList problems)
    {
        var types = new List<KeyValuePair<string, string>>();
        var strategies = new List<string>();
        if (json is null)
        {
            return (types, strategies);
        }

        var vocabulary = new JsonObjectReader(json, problems, null, null, "Vocabulary.", VocabularyFields);
        foreach (var property in vocabulary.Object("ContactPointTypes")?.Properties() ?? Enumerable.Empty<JProperty>())
        {
            if (property.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)property.Value))
            {
                problems.Add(property, null, null, $"'Vocabulary.ContactPointTypes.{property.Name}' must name its channel group as a string.");
                continue;
            }

            types.Add(new KeyValuePair<string, string>(property.Name, (string)property.Value!));
        }

        foreach (var item in vocabulary.Array("Strategies") ?? new JArray())
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
            {
                problems.Add(item, null, null, "each entry of 'Vocabulary.Strategies' must be a strategy id string.");
                continue;
            }

            strategies.Add((string)item!);
        }

        return (types, strategies);
    }

    private static WorkflowSpec? ReadWorkflow(JObject json, ProblemList problems)
    {
        var name = json.Property("WorkflowName")?.Value is JValue { Type: JTokenType.String } v ? (string)v! : null;
        var fields = new JsonObjectReader(json, problems, name, null, string.Empty, WorkflowFields, RulesEngineFields.OnWorkflow, nullIsAbsent: true);
        name = fields.String("WorkflowName", required: true);
        RulesEngineFields.CheckWorkflow(fields);
        var globals = ReadParams(fields, "GlobalParams");
        var rulesJson = fields.Array("Rules", required: true);
        var ruleCount = rulesJson?.Descendants().OfType<JObject>().Count(o => o.Parent is JArray { Parent: JProperty { Name: "Rules" } }) ?? 0;
        if (ruleCount > Limits.RulesPerWorkflow)
        {
            fields.Problem(fields.Property("Rules"), $"the workflow has {ruleCount:N0} rules; the limit is {Limits.RulesPerWorkflow:N0}.");
            return null;
        }

        var rules = ReadRules(rulesJson, problems, name ?? "?", parent: null);
        if (rulesJson is { Count: 0 })
        {
            fields.Problem(fields.Property("Rules"), "'Rules' is empty; a workflow needs at least one rule.");
        }

        return name is null ? null : new WorkflowSpec(name, globals, rules, json);
    }

    /// <summary>Reads the rules of a workflow, or the nested rules of <paramref name="parent"/> (the path of the rule holding them).</summary>
    private static List<RuleSpec> ReadRules(JArray? array, ProblemList problems, string workflow, string? parent)
    {
        var rules = new List<RuleSpec>();
        foreach (var item in array ?? new JArray())
        {
            if (item is not JObject json)
            {
                problems.Add(item, workflow, parent, $"each entry of 'Rules' must be an object, not {JsonObjectReader.Describe(item)}.");
                continue;
            }

            var rule = ReadRule(json, problems, workflow, parent);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RuleSpec? ReadRule(JObject json, ProblemList problems, string workflow, string? parent)
    {
        var name = json.Property("RuleName")?.Value is JValue { Type: JTokenType.String } v ? (string)v! : null;
        var path = RulePath.Of(parent, name);
        var fields = new JsonObjectReader(json, problems, workflow, path, string.Empty, RuleFields, RulesEngineFields.OnRule, nullIsAbsent: true);
        name = fields.String("RuleName", required: true);
        var expression = fields.String("Expression", required: false);
        var op = fields.String("Operator", required: false);
        var children = ReadRules(fields.Array("Rules"), problems, workflow, path);
        RulesEngineFields.CheckRule(fields);
        if (op is not null && RuleOperators.Problem(op) is { } wrong)
        {
            fields.Problem(fields.Property("Operator"), wrong);
        }

        if (op is null && fields.Has("Rules"))
        {
            fields.Problem(fields.Property("Rules"), "nested 'Rules' need an 'Operator' (And, AndAlso, Or or OrElse) to combine them.");
        }
        else if (op is not null && children.Count == 0)
        {
            fields.Problem(fields.Property("Operator"), "'Operator' needs nested 'Rules' to combine; add them or use an 'Expression'.");
        }

        if (op is not null && expression is not null)
        {
            fields.Problem(fields.Property("Expression"), "a rule has either an 'Expression' or an 'Operator' with nested 'Rules', not both.");
        }
        else if (op is null && expression is null && !fields.Has("Expression"))
        {
            fields.Problem(json, "missing field 'Expression' (or an 'Operator' with nested 'Rules').");
        }

        var properties = fields.Object("Properties");
        if (parent is not null && properties is not null)
        {
            fields.Problem(fields.Property("Properties"), "'Properties' of a nested rule are not read; put them on the top-level rule.");
        }

        var locals = ReadParams(fields, "LocalParams");
        return name is null ? null : new RuleSpec(name, expression, op, children, locals, properties, fields.Boolean("Enabled") ?? true, json);
    }

    private static List<ScopedParamSpec> ReadParams(JsonObjectReader owner, string field)
    {
        var result = new List<ScopedParamSpec>();
        var items = owner.Array(field) ?? new JArray();
        if (items.Count > Limits.ParamsPerScope)
        {
            owner.Problem(owner.Property(field), $"'{field}' has {items.Count:N0} entries; the limit is {Limits.ParamsPerScope}.");
            return result;
        }

        foreach (var item in items)
        {
            if (item is not JObject json)
            {
                owner.Problem(item, $"each entry of '{field}' must be an object with 'Name' and 'Expression'.");
                continue;
            }

            var param = new JsonObjectReader(json, owner.Problems, owner.Workflow, owner.Rule, field + ".", ParamFields);
            var name = param.String("Name", required: true);
            var expression = param.String("Expression", required: true);
            if (name is not null && expression is not null)
            {
                result.Add(new ScopedParamSpec(name, expression, json));
            }
        }

        return result;
    }
}
