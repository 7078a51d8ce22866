namespace LeadRules.Evaluation;

/// <summary>The compact answer for one lead: what an <see cref="Assessment"/> stores before anything is expanded.</summary>
internal readonly record struct AssessmentFacts(
    Temperature Temperature,
    double Score,
    Owner Owner,
    int TemperatureRule,
    RuleBits ScoringHeld,
    RuleBits Recommended);
