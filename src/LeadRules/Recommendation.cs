namespace LeadRules;

/// <summary>A strategy to apply to a lead now.</summary>
public sealed class Recommendation
{
    internal Recommendation(string strategy, Owner owner, string channel, int priority, string reason)
    {
        Strategy = strategy;
        Owner = owner;
        Channel = channel;
        Priority = priority;
        Reason = reason;
    }

    /// <summary>The strategy id, for example <c>one_on_one_call</c>.</summary>
    public string Strategy { get; }

    /// <summary>The team that carries it out.</summary>
    public Owner Owner { get; }

    /// <summary>The channel it uses, for example <c>email</c> or <c>phone</c>.</summary>
    public string Channel { get; }

    /// <summary>Its priority; recommendations come highest first.</summary>
    public int Priority { get; }

    /// <summary>Why it fits, in one line.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Strategy;
}
