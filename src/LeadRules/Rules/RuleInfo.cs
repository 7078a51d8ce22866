namespace LeadRules.Rules;

/// <summary>One top-level rule of a rule set, as a host or a report lists it.</summary>
public sealed class RuleInfo
{
    internal RuleInfo(string workflow, string name, Temperature? temperature, Owner? owner)
    {
        Workflow = workflow;
        Name = name;
        Temperature = temperature;
        Owner = owner;
    }

    /// <summary>The workflow the rule belongs to: <c>scoring</c>, <c>temperature</c> or <c>strategies</c>.</summary>
    public string Workflow { get; }

    /// <summary>The rule's name; in <c>strategies</c>, the strategy id.</summary>
    public string Name { get; }

    /// <summary>For a temperature rule, the temperature it sets; otherwise <see langword="null"/>.</summary>
    public Temperature? Temperature { get; }

    /// <summary>For a temperature rule, the owner it gives the lead; for a strategy, who carries it out; otherwise <see langword="null"/>.</summary>
    public Owner? Owner { get; }

    /// <inheritdoc/>
    public override string ToString() => Workflow + "/" + Name;
}
