using System;
using System.Collections.Generic;

namespace LeadRules;

/// <summary>
/// The answer for one lead: temperature, score, owner, ranked recommendations and reasons, or the error
/// that kept the lead from being scored. Immutable.
/// </summary>
public sealed class Assessment
{
    private readonly Temperature _temperature;
    private readonly double _score;
    private readonly Owner _owner;
    private readonly IReadOnlyList<Recommendation> _recommendations;
    private readonly IReadOnlyList<Reason> _reasons;

    internal Assessment(
        string? leadId,
        DateTimeOffset asOf,
        RuleSetStamp ruleSet,
        Temperature temperature,
        double score,
        Owner owner,
        string? temperatureRule,
        IReadOnlyList<Recommendation> recommendations,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<string> warnings)
    {
        LeadId = leadId;
        AsOf = asOf;
        RuleSet = ruleSet;
        _temperature = temperature;
        _score = score;
        _owner = owner;
        TemperatureRule = temperatureRule;
        _recommendations = recommendations;
        _reasons = reasons;
        Warnings = warnings;
    }

    private Assessment(string? leadId, DateTimeOffset asOf, RuleSetStamp ruleSet, string error)
        : this(leadId, asOf, ruleSet, Temperature.Cold, 0, Owner.Marketing, null, Array.Empty<Recommendation>(), Array.Empty<Reason>(), Array.Empty<string>())
    {
        Error = error;
    }

    internal static Assessment Failed(string? leadId, DateTimeOffset asOf, RuleSetStamp ruleSet, string error) =>
        new(leadId, asOf, ruleSet, error);

    /// <summary>The lead's id, or <see langword="null"/> when the lead had none.</summary>
    public string? LeadId { get; }

    /// <summary>The time the lead was assessed as of: contact points after it are not seen, decay is measured to it.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The rule set that produced this answer.</summary>
    public RuleSetStamp RuleSet { get; }

    /// <summary>Why the lead could not be scored, or <see langword="null"/> when it was.</summary>
    public string? Error { get; }

    /// <summary><see langword="true"/> when the lead was scored; otherwise read <see cref="Error"/>.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Things worth knowing that did not stop scoring, such as ignored unknown contact-point types.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The lead's temperature.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public Temperature Temperature => Check(_temperature);

    /// <summary>The sum of the points of the scoring rules that held, rounded to two decimals.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public double Score => Check(_score);

    /// <summary>The team that owns the lead: marketing for cold and warm, sales for qualified (unless the rule set says otherwise).</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public Owner Owner => Check(_owner);

    /// <summary>The temperature rule that decided, or <see langword="null"/> when none held and the lead fell through to cold.</summary>
    public string? TemperatureRule { get; }

    /// <summary>The strategies to apply now, highest priority first.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public IReadOnlyList<Recommendation> Recommendations => Check(_recommendations);

    /// <summary>The scoring rules that held, in rule-file order, with their points.</summary>
    /// <exception cref="InvalidOperationException">The lead was not scored (see <see cref="Error"/>).</exception>
    public IReadOnlyList<Reason> Reasons => Check(_reasons);

    private T Check<T>(T value) => Error is null
        ? value
        : throw new InvalidOperationException($"Lead '{LeadId}' was not scored: {Error} Read Assessment.Error before the result.");
}
