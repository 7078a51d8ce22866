using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Rules;

/// <summary>One top-level rule of a rule set, as a host or a report lists it.</summary>
public sealed class RuleInfo
{
    internal RuleInfo(string workflow, string name, Temperature? temperature, Owner? owner)
    {
        Workflow = workflow;
        Name = name;
        Temperature = temperature;
        Owner = owner;
    }

    /// <summary>For a scoring rule, <c>Properties.points</c>: given once when it holds; otherwise <see langword="null"/>.</summary>
    public double? Points { get; private init; }

    /// <summary>For a scoring rule, <c>Properties.pointsEach</c>: given per occurrence of <see cref="Type"/>; otherwise <see langword="null"/>.</summary>
    public double? PointsEach { get; private init; }

    /// <summary>For a scoring rule, <c>Properties.cap</c>, the bound on its points; otherwise <see langword="null"/>.</summary>
    public double? Cap { get; private init; }

    /// <summary>For a scoring rule, <c>Properties.type</c>, the contact-point type its points are tied to; otherwise <see langword="null"/>.</summary>
    public string? Type { get; private init; }

    /// <summary>For a scoring rule, <c>Properties.halfLifeDays</c>; otherwise <see langword="null"/>.</summary>
    public double? HalfLifeDays { get; private init; }

    /// <summary>For a strategy, the temperatures it fits, coldest first; otherwise empty.</summary>
    public IReadOnlyList<Temperature> Stages { get; private init; } = System.Array.Empty<Temperature>();

    /// <summary>For a strategy, how it is carried out (<c>mail</c>, <c>email</c>, <c>phone</c>...); otherwise <see langword="null"/>.</summary>
    public string? Channel { get; private init; }

    /// <summary>For a strategy, the consent it needs (<c>email</c>, <c>phone</c>, <c>mail</c>, or <c>none</c>); otherwise <see langword="null"/>.</summary>
    public string? Consent { get; private init; }

    /// <summary>For a strategy, its rank among the recommendations, highest first; otherwise <see langword="null"/>.</summary>
    public int? Priority { get; private init; }

    /// <summary>For a strategy, the days before it may be recommended again; otherwise <see langword="null"/>.</summary>
    public double? CoolDownDays { get; private init; }

    /// <summary>The workflow the rule belongs to: <c>scoring</c>, <c>temperature</c> or <c>strategies</c>.</summary>
    public string Workflow { get; }

    /// <summary>The rule's name; in <c>strategies</c>, the strategy id.</summary>
    public string Name { get; }

    /// <summary>For a temperature rule, the temperature it sets; otherwise <see langword="null"/>.</summary>
    public Temperature? Temperature { get; }

    /// <summary>For a temperature rule, the owner it gives the lead; for a strategy, who carries it out; otherwise <see langword="null"/>.</summary>
    public Owner? Owner { get; }

    internal static RuleInfo Scoring(string name, Definitions.ScoringPoints points, Vocabulary vocabulary) =>
        new(WorkflowNames.Scoring, name, null, null)
        {
            Points = points.Once,
            PointsEach = points.Each,
            Cap = points.Cap,
            Type = points.Type >= 0 ? vocabulary.ContactPointTypes[points.Type] : null,
            HalfLifeDays = points.HalfLifeDays,
        };

    internal static RuleInfo Strategy(string name, Definitions.StrategyTerms terms) =>
        new(WorkflowNames.Strategies, name, null, terms.Owner)
        {
            Stages = Enumerable.Range(0, terms.Stages.Length).Where(i => terms.Stages[i]).Select(i => (Temperature)i).ToArray(),
            Channel = terms.Channel,
            Consent = terms.Consent ?? "none",
            Priority = terms.Priority,
            CoolDownDays = terms.CoolDownDays,
        };

    /// <inheritdoc/>
    public override string ToString() => Workflow + "/" + Name;
}
