namespace LeadRules.Evaluation;

/// <summary>The compact answer for one lead: what an <see cref="Assessment"/> stores before anything is expanded.</summary>
/// <param name="Temperature">The lead's temperature.</param>
/// <param name="Score">The rounded sum of the held scoring rules' points.</param>
/// <param name="Owner">The team that owns the lead.</param>
/// <param name="TemperatureRule">The index of the temperature rule that decided, or -1 when none held.</param>
/// <param name="ScoringHeld">The scoring rules that held, by rule-file order.</param>
/// <param name="VaryingPoints">
/// The points of the held scoring rules whose points depend on the lead, in rule-file order; the others' points are
/// the plan's constants.
/// </param>
/// <param name="Recommended">The strategies recommended, by rank (bit 0 = highest priority).</param>
internal readonly record struct AssessmentFacts(
    Temperature Temperature,
    double Score,
    Owner Owner,
    int TemperatureRule,
    RuleBits ScoringHeld,
    double[] VaryingPoints,
    RuleBits Recommended);
