using System;
using System.Collections.Generic;
using LeadRules.Leads;

namespace LeadRules.Recency;

/// <summary>The rules of a rule set that depend on recency, and the types and groups each one asks the age of.</summary>
internal sealed class RecencyPlan
{
    public RecencyPlan(IReadOnlyList<RecencyRule> rules) => Rules = rules;

    public IReadOnlyList<RecencyRule> Rules { get; }

    public void ForEachUndated(Lead lead, Action<int> count)
    {
    }
}

internal sealed record RecencyRule(string Workflow, string Name);
