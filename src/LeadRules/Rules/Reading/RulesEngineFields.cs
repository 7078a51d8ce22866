using System.Linq;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>
/// The fields RulesEngine's own <c>Workflow</c> and <c>Rule</c> models write that LeadRules does not use: accepted
/// silently with the value RulesEngine writes when they are unset, refused with the reason otherwise.
/// </summary>
internal static class RulesEngineFields
{
    /// <summary>Accepted on a workflow besides the fields LeadRules reads.</summary>
    public static readonly string[] OnWorkflow = { "WorkflowsToInject" };

    /// <summary>Accepted on a rule besides the fields LeadRules reads; <c>ErrorType</c> is written by RulesEngine before version 4.</summary>
    public static readonly string[] OnRule = { "WorkflowsToInject", "Actions", "ErrorType" };

    private static readonly string[] ErrorTypes = { "Warning", "Error" };

    /// <summary>Checks the RulesEngine-only fields of a workflow.</summary>
    public static void CheckWorkflow(JsonObjectReader fields)
    {
        CheckExpressionType(fields);
        CheckInjection(fields);
    }

    /// <summary>Checks the RulesEngine-only fields of a rule.</summary>
    public static void CheckRule(JsonObjectReader fields)
    {
        CheckExpressionType(fields);
        CheckInjection(fields);
        if (fields.Property("Actions") is { } actions && !IsUnset(actions.Value))
        {
            fields.Problem(actions, "'Actions' are not supported: what a rule does is set by its 'Properties' (points, temperature, strategy); remove 'Actions' or set it to null.");
        }

        if (fields.Property("ErrorType") is { } errorType && errorType.Value.Type != JTokenType.Null && !IsEnumValue(errorType.Value, ErrorTypes))
        {
            fields.Problem(errorType, $"'ErrorType' must be Warning or Error (0 or 1), not {JsonObjectReader.Describe(errorType.Value)}; it is accepted and ignored, so it may also be removed.");
        }
    }

    private static void CheckExpressionType(JsonObjectReader fields)
    {
        if (fields.Property("RuleExpressionType") is { } type && type.Value.Type != JTokenType.Null && !IsEnumValue(type.Value, "LambdaExpression"))
        {
            fields.Problem(type, $"'RuleExpressionType' can only be LambdaExpression (0), not {JsonObjectReader.Describe(type.Value)}.");
        }
    }

    private static void CheckInjection(JsonObjectReader fields)
    {
        if (fields.Property("WorkflowsToInject") is { } inject && !IsUnset(inject.Value))
        {
            fields.Problem(inject, "'WorkflowsToInject' is not supported: each LeadRules workflow runs on its own; copy the rules of the injected workflows into 'Rules' and remove 'WorkflowsToInject' or set it to null.");
        }
    }

    /// <summary>RulesEngine's number for an enum value is its position in <paramref name="names"/>.</summary>
    private static bool IsEnumValue(JToken value, params string[] names) => value switch
    {
        JValue { Type: JTokenType.String } text => names.Contains((string)text!),
        JValue { Value: long number } => number >= 0 && number < names.Length,
        _ => false,
    };

    /// <summary>Null, an empty array, or an object whose fields are all null (a <c>RuleActions</c> with neither action).</summary>
    private static bool IsUnset(JToken value) =>
        value.Type == JTokenType.Null
        || value is JArray { Count: 0 }
        || (value is JObject json && json.Properties().All(p => p.Value.Type == JTokenType.Null));
}
