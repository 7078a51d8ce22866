namespace LeadRules.Expressions;

/// <summary>The names under which rule expressions see their inputs.</summary>
internal static class ExpressionInputs
{
    /// <summary>The lead, as a <see cref="LeadProfile"/>.</summary>
    public const string Lead = "lead";

    /// <summary>The score so far (a <see cref="double"/>), in the temperature and strategies workflows.</summary>
    public const string Score = "score";

    /// <summary>The temperature's name (a <see cref="string"/>), in the strategies workflow.</summary>
    public const string Temperature = "temperature";
}
