using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using LeadRules.Evaluation;

namespace LeadRules;

/// <summary>
/// The answer for one lead: temperature, score, owner, ranked recommendations and reasons, or the error that kept
/// the lead from being scored. Immutable; reasons and recommendations are expanded when first read. Serializes with
/// System.Text.Json and Newtonsoft.Json to the same documented JSON shape, failed assessments too.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AssessmentSystemTextJsonConverter))]
[Newtonsoft.Json.JsonConverter(typeof(Serialization.AssessmentNewtonsoftConverter))]
public sealed class Assessment
{
    private readonly AssessmentPlan _plan;
    private readonly AssessmentFacts _facts;
    private Reason[]? _reasons;
    private Recommendation[]? _recommendations;

    internal Assessment(AssessmentPlan plan, string leadId, DateTimeOffset asOf, AssessmentFacts facts, string[]? warnings)
    {
        _plan = plan;
        _facts = facts;
        LeadId = leadId;
        AsOf = asOf;
        Warnings = warnings ?? Array.Empty<string>();
    }

    private Assessment(AssessmentPlan plan, string? leadId, DateTimeOffset asOf, string error)
    {
        _plan = plan;
        LeadId = leadId;
        AsOf = asOf;
        Error = error;
        Warnings = Array.Empty<string>();
    }

    /// <summary>The lead's id, or <see langword="null"/> when the lead had none.</summary>
    public string? LeadId { get; }

    /// <summary>The time the lead was assessed as of: contact points after it are not seen, decay is measured to it.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The rule set that produced this answer.</summary>
    public RuleSetStamp RuleSet => _plan.Rules.Stamp;

    /// <summary>Why the lead could not be scored, or <see langword="null"/> when it was.</summary>
    public string? Error { get; }

    /// <summary><see langword="true"/> when the lead was scored; otherwise read <see cref="Error"/>.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Things worth knowing that did not stop scoring, such as ignored unknown contact-point types.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The lead's temperature.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public Temperature Temperature => Scored().Temperature;

    /// <summary>The sum of the points of the scoring rules that held, rounded to two decimals.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public double Score => Scored().Score;

    /// <summary>The team that owns the lead: marketing for cold and warm, sales for qualified (unless the rule set says otherwise).</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public Owner Owner => Scored().Owner;

    /// <summary>The temperature rule that decided, or <see langword="null"/> when none held and the lead fell through to cold.</summary>
    public string? TemperatureRule => Error is null && _facts.TemperatureRule >= 0 ? _plan.Rules.Temperature.Rules[_facts.TemperatureRule].Name : null;

    /// <summary>
    /// The strategies to apply now, highest priority first. An immutable array: <c>foreach</c> over it allocates
    /// nothing, and it converts to <see cref="IReadOnlyList{T}"/> where a host wants an interface.
    /// </summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public ImmutableArray<Recommendation> Recommendations =>
        ImmutableCollectionsMarshal.AsImmutableArray(_recommendations ??= _plan.Strategies.Recommendations(Scored().Recommended));

    /// <summary>The scoring rules that held, in rule-file order, with their points. An immutable array, as <see cref="Recommendations"/>.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public ImmutableArray<Reason> Reasons
    {
        get
        {
            ref readonly var facts = ref Scored();
            return ImmutableCollectionsMarshal.AsImmutableArray(_reasons ??= _plan.Reasons(facts.ScoringHeld, facts.VaryingPoints));
        }
    }

    /// <summary>The held scoring rules with their points, in rule-file order, without building <see cref="Reasons"/>.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    internal HeldReasons HeldReasons
    {
        get
        {
            ref readonly var facts = ref Scored();
            return _plan.HeldReasons(facts.ScoringHeld, facts.VaryingPoints);
        }
    }

    internal static Assessment Failed(AssessmentPlan plan, string? leadId, DateTimeOffset asOf, string error) => new(plan, leadId, asOf, error);

    /// <summary>The facts scoring kept, by reference: reading one of them copies nothing else.</summary>
    private ref readonly AssessmentFacts Scored()
    {
        if (Error is not null)
        {
            NotScored();
        }

        return ref _facts;
    }

    private void NotScored() =>
        throw new InvalidOperationException($"Lead '{LeadId}' was not scored: {Error} Read Assessment.Error before the result.");
}
