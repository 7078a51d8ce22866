namespace LeadRules.Analytics.Diff;

/// <summary>
/// How often one rule held under each rule set: for a scoring rule, the leads it gave points to; for a temperature rule,
/// the leads it decided.
/// </summary>
public sealed class RuleFiringChange
{
    internal RuleFiringChange(string workflow, string rule, long? held, long? againstHeld)
    {
        Workflow = workflow;
        Rule = rule;
        Held = held;
        AgainstHeld = againstHeld;
    }

    /// <summary>The rule's workflow: <c>scoring</c> or <c>temperature</c>.</summary>
    public string Workflow { get; }

    /// <summary>The rule's name.</summary>
    public string Rule { get; }

    /// <summary>How many leads it held for under the new rule set; <see langword="null"/> when that set has no such rule.</summary>
    public long? Held { get; }

    /// <summary>How many leads it held for under the rule set compared against; <see langword="null"/> when that set has no such rule.</summary>
    public long? AgainstHeld { get; }

    /// <summary><see cref="Held"/> minus <see cref="AgainstHeld"/>, a missing rule counting as holding for no lead.</summary>
    public long Difference => (Held ?? 0) - (AgainstHeld ?? 0);
}
