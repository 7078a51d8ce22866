namespace LeadRules.Rules.Definitions;

/// <summary>A rule of the <c>temperature</c> workflow: when it is the first to hold, the lead has <see cref="Temperature"/>.</summary>
internal sealed class TemperatureRule : RuleDefinition
{
    public TemperatureRule(string name, Condition condition, Temperature temperature, Owner owner)
        : base(name, condition)
    {
        Temperature = temperature;
        Owner = owner;
    }

    public Temperature Temperature { get; }

    public Owner Owner { get; }
}
