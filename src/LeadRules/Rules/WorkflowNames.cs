namespace LeadRules.Rules;

/// <summary>The three workflows of a rule set, named by their role.</summary>
public static class WorkflowNames
{
    /// <summary><c>scoring</c>: contact-point rules whose points add up to the score. Sees <c>lead</c>.</summary>
    public const string Scoring = "scoring";

    /// <summary><c>temperature</c>: the first rule that holds sets the temperature. Sees <c>lead</c> and <c>score</c>.</summary>
    public const string Temperature = "temperature";

    /// <summary><c>strategies</c>: one rule per strategy, its eligibility. Sees <c>lead</c>, <c>score</c> and <c>temperature</c>.</summary>
    public const string Strategies = "strategies";

    internal static readonly string[] All = { Scoring, Temperature, Strategies };
}
