using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>A <c>GlobalParams</c> or <c>LocalParams</c> entry as written.</summary>
internal sealed record ScopedParamSpec(string Name, string Expression, JObject Json);

/// <summary>A rule as written: a leaf with an <c>Expression</c>, or an <c>Operator</c> over nested <c>Rules</c>.</summary>
internal sealed record RuleSpec(
    string Name,
    string? Expression,
    string? Operator,
    IReadOnlyList<RuleSpec> Children,
    IReadOnlyList<ScopedParamSpec> LocalParams,
    JObject? Properties,
    bool Enabled,
    JObject Json);

/// <summary>A workflow as written.</summary>
internal sealed record WorkflowSpec(string Name, IReadOnlyList<ScopedParamSpec> GlobalParams, IReadOnlyList<RuleSpec> Rules, JObject Json);

/// <summary>A whole rule file as written, before its expressions are compiled.</summary>
internal sealed record RuleFileSpec(
    string Name,
    string Version,
    IReadOnlyList<KeyValuePair<string, string>> ExtraTypes,
    IReadOnlyList<string> ExtraStrategies,
    IReadOnlyList<WorkflowSpec> Workflows,
    JObject Json);
