namespace LeadRules;

/// <summary>What to do with a contact point whose type is not in the rule set's vocabulary.</summary>
public enum UnknownTypePolicy
{
    /// <summary>The lead is not scored; its assessment carries an error naming the type.</summary>
    Error = 0,

    /// <summary>The contact point is skipped and the assessment carries a warning naming the type.</summary>
    Ignore = 1,
}
