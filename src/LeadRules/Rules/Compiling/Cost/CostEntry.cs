using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Compiling.Cost;

/// <summary>The bound of one expression that runs for every lead, with where it is written, for the problem that refuses it.</summary>
internal sealed record CostEntry(JToken At, string Workflow, string? Rule, string What, Bound Cost);
