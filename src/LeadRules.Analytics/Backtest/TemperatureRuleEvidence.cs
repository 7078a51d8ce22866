namespace LeadRules.Analytics.Backtest;

/// <summary>How many leads one temperature rule decided in a backtest, and how they converted.</summary>
public sealed class TemperatureRuleEvidence
{
    internal TemperatureRuleEvidence(string? rule, string temperature, Rate conversion)
    {
        Rule = rule;
        Temperature = temperature;
        Conversion = conversion;
    }

    /// <summary>The temperature rule's name; <see langword="null"/> for the leads no rule held for (they are <c>cold</c>).</summary>
    public string? Rule { get; }

    /// <summary>The temperature the rule sets.</summary>
    public string Temperature { get; }

    /// <summary>The leads the rule decided (<see cref="Rate.Of"/>) and how many of them converted.</summary>
    public Rate Conversion { get; }
}
