namespace LeadRules.Rules.Definitions;

/// <summary>A rule of the <c>strategies</c> workflow: one strategy, when it fits and how it is carried out.</summary>
internal sealed class StrategyRule : RuleDefinition
{
    public StrategyRule(string name, Condition condition, StrategyTerms terms)
        : base(name, condition) => Terms = terms;

    public StrategyTerms Terms { get; }
}

/// <summary>A strategy's stages (indexed by <see cref="Temperature"/>), owner, channel, consent, priority, cool-down and reason.</summary>
internal sealed record StrategyTerms(bool[] Stages, Owner Owner, string Channel, string? Consent, int Priority, double CoolDownDays, string Reason);
