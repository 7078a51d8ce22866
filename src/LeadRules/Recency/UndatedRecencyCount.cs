namespace LeadRules.Recency;

/// <summary>A rule that depends on recency, and how many leads it could not judge because their contact points carry no dates.</summary>
public sealed class UndatedRecencyCount
{
    internal UndatedRecencyCount(string workflow, string rule, long leads)
    {
        Workflow = workflow;
        Rule = rule;
        Leads = leads;
    }

    /// <summary>The workflow of the rule: <c>scoring</c>, <c>temperature</c> or <c>strategies</c>.</summary>
    public string Workflow { get; }

    /// <summary>The rule's name.</summary>
    public string Rule { get; }

    /// <summary>
    /// How many leads had contact points of a type or group the rule asks the age of (<c>Within</c>, <c>GroupWithin</c>,
    /// <c>DaysSince</c>) but none of them dated, so the rule saw them as never having happened recently.
    /// </summary>
    public long Leads { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Workflow}/{Rule}: {Leads} leads";
}
