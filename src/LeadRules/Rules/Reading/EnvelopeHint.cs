using System.Linq;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>
/// Recognises a file saved by RulesEngine (a list of workflows, or one workflow) where a LeadRules rule set, which
/// wraps its workflows in an envelope, is expected; and says how to wrap it, in one problem.
/// </summary>
internal static class EnvelopeHint
{
    /// <summary>The envelope, as the problems show it.</summary>
    public const string Envelope = "{ \"Name\": \"my-rules\", \"Version\": \"1.0.0\", \"Workflows\": [ ... ] }";

    /// <summary>Adds the one problem and returns <see langword="true"/> when <paramref name="root"/> is RulesEngine workflows without the envelope.</summary>
    public static bool Check(JToken root, ProblemList problems)
    {
        if (root is JArray list && list.Count > 0 && list.All(IsWorkflow))
        {
            var names = list.Select(w => Name(w) ?? "?").ToList();
            var roles = names.OrderBy(n => n, System.StringComparer.Ordinal).SequenceEqual(WorkflowNames.All.OrderBy(n => n, System.StringComparer.Ordinal));
            problems.Add(root, null, null,
                "the file is a list of RulesEngine workflows without the LeadRules envelope; put the list in one: "
                + Envelope.Replace("...", "the workflows") + "."
                + (roles ? string.Empty : $" {Roles}; this list has {string.Join(", ", names)}."));
            return true;
        }

        if (root is JObject single && single.Property("Workflows") is null && IsWorkflow(single))
        {
            problems.Add(root, null, null,
                $"the file is one RulesEngine workflow ('{Name(single) ?? "?"}') without the LeadRules envelope; put it in one: "
                + Envelope.Replace("...", "this workflow, and the other two") + $". {Roles}.");
            return true;
        }

        return false;
    }

    private static string Roles => $"A rule set has the workflows {string.Join(", ", WorkflowNames.All)}";

    private static bool IsWorkflow(JToken token) => token is JObject json && json.Property("WorkflowName") is not null;

    private static string? Name(JToken workflow) => workflow["WorkflowName"] is JValue { Type: JTokenType.String } name ? (string)name! : null;
}
