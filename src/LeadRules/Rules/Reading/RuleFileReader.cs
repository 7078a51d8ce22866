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
    private static readonly string[] Operators = { "And", "AndAlso", "Or", "OrElse" };

    public static RuleFileSpec? Read(string text, ProblemList problems)
    {
        if (JsonFile.LoadObject(text, problems, "rule set") is not { } json)
        {
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
        var fields = new JsonObjectReader(json, problems, name, null, string.Empty, WorkflowFields);
        name = fields.String("WorkflowName", required: true);
        CheckExpressionType(fields);
        var globals = ReadParams(fields, "GlobalParams");
        var rulesJson = fields.Array("Rules", required: true);
        var ruleCount = rulesJson?.Descendants().OfType<JObject>().Count(o => o.Parent is JArray { Parent: JProperty { Name: "Rules" } }) ?? 0;
        if (ruleCount > Limits.RulesPerWorkflow)
        {
            fields.Problem(fields.Property("Rules"), $"the workflow has {ruleCount:N0} rules; the limit is {Limits.RulesPerWorkflow:N0}.");
            return null;
        }

        var rules = ReadRules(rulesJson, problems, name ?? "?", nested: false);
        if (rulesJson is { Count: 0 })
        {
            fields.Problem(fields.Property("Rules"), "'Rules' is empty; a workflow needs at least one rule.");
        }

        return name is null ? null : new WorkflowSpec(name, globals, rules, json);
    }

    private static List<RuleSpec> ReadRules(JArray? array, ProblemList problems, string workflow, bool nested)
    {
        var rules = new List<RuleSpec>();
        foreach (var item in array ?? new JArray())
        {
            if (item is not JObject json)
            {
                problems.Add(item, workflow, null, $"each entry of 'Rules' must be an object, not {JsonObjectReader.Describe(item)}.");
                continue;
            }

            var rule = ReadRule(json, problems, workflow, nested);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RuleSpec? ReadRule(JObject json, ProblemList problems, string workflow, bool nested)
    {
        var name = json.Property("RuleName")?.Value is JValue { Type: JTokenType.String } v ? (string)v! : null;
        var fields = new JsonObjectReader(json, problems, workflow, name, string.Empty, RuleFields);
        name = fields.String("RuleName", required: true);
        var expression = fields.String("Expression", required: false);
        var op = fields.String("Operator", required: false);
        var children = ReadRules(fields.Array("Rules"), problems, workflow, nested: true);
        CheckExpressionType(fields);
        if (op is not null && !Operators.Contains(op))
        {
            fields.Problem(fields.Property("Operator"), $"'Operator' must be one of {string.Join(", ", Operators)}, not '{op}'.");
        }

        if (op is null && fields.Property("Rules") is not null)
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
        else if (op is null && expression is null && fields.Property("Expression") is null)
        {
            fields.Problem(json, "missing field 'Expression' (or an 'Operator' with nested 'Rules').");
        }

        var properties = fields.Object("Properties");
        if (nested && properties is not null)
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

    private static void CheckExpressionType(JsonObjectReader fields)
    {
        var type = fields.String("RuleExpressionType", required: false);
        if (type is not null && type != "LambdaExpression")
        {
            fields.Problem(fields.Property("RuleExpressionType"), $"'RuleExpressionType' can only be LambdaExpression, not '{type}'.");
        }
    }
}
