using LeadRules.Expressions;
using LeadRules.Rules;

namespace LeadRules.Evaluation;

/// <summary>The per-thread working memory of an evaluation, reused from lead to lead so scoring allocates only the result.</summary>
internal sealed class Scratch
{
    public Scratch(RuleSet rules)
    {
        Profile = new LeadProfile(rules.Vocabulary, rules.Decay);
        Scoring = new bool[rules.Scoring.Rules.Count];
        Points = new double[Scoring.Length];
        Temperature = new bool[rules.Temperature.Rules.Count];
        Strategies = new bool[rules.Strategies.Rules.Count];
        Selected = new bool[Strategies.Length];
    }

    public LeadProfile Profile { get; }

    public bool[] Scoring { get; }

    /// <summary>The points of the held scoring rules whose points depend on the lead, before they are copied into the result.</summary>
    public double[] Points { get; }

    public bool[] Temperature { get; }

    public bool[] Strategies { get; }

    /// <summary>The strategies recommended after stage, consent and cool-down, by rank.</summary>
    public bool[] Selected { get; }
}
