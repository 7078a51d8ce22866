namespace LeadRules.Analytics.Diff;

/// <summary>One cell of the temperature transition matrix: how many leads had one temperature under the compared-against rule set and another under the new one.</summary>
public sealed class TemperatureTransition
{
    internal TemperatureTransition(string from, string to, long leads)
    {
        From = from;
        To = to;
        Leads = leads;
    }

    /// <summary>The temperature under the rule set compared against: <c>cold</c>, <c>warm</c> or <c>qualified</c>.</summary>
    public string From { get; }

    /// <summary>The temperature under the new rule set.</summary>
    public string To { get; }

    /// <summary>How many leads moved from <see cref="From"/> to <see cref="To"/> (stayed, when the two are equal).</summary>
    public long Leads { get; }
}
