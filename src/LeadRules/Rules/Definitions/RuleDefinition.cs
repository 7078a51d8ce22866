namespace LeadRules.Rules.Definitions;

/// <summary>A checked rule of any workflow: its name and condition.</summary>
internal abstract class RuleDefinition
{
    protected RuleDefinition(string name, Condition condition)
    {
        Name = name;
        Condition = condition;
    }

    public string Name { get; }

    public Condition Condition { get; }
}
