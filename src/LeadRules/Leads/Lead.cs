using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Leads;

/// <summary>A person or company the business may sell to, described by its contact points.</summary>
/// <remarks>
/// A lead is not checked when it is built: <see cref="LeadScorer.Assess"/> checks it and answers a bad
/// lead with an <see cref="Assessment"/> that carries the error, so one bad lead never stops a batch.
/// </remarks>
public sealed class Lead
{
    private static readonly Dictionary<string, object> NoAttributes = new();

    /// <summary>Creates a lead.</summary>
    /// <param name="id">The CRM's id for the lead; required.</param>
    /// <param name="contactPoints">What happened between the business and the lead.</param>
    /// <param name="consent">Consent per channel; unknown everywhere when omitted.</param>
    /// <param name="attributes">Fit data such as industry or company size: each value a <see cref="string"/> or a number.</param>
    /// <param name="history">Strategies already applied, for cool-downs.</param>
    public Lead(
        string id,
        IEnumerable<ContactPoint>? contactPoints = null,
        Consent? consent = null,
        IReadOnlyDictionary<string, object>? attributes = null,
        IEnumerable<StrategyUse>? history = null)
    {
        Id = id;
        PointArray = contactPoints?.ToArray() ?? Array.Empty<ContactPoint>();
        Consent = consent ?? Consent.Unknown;
        AttributeMap = attributes is null || attributes.Count == 0 ? NoAttributes : attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        HistoryArray = history?.ToArray() ?? Array.Empty<StrategyUse>();
    }

    /// <summary>Creates a lead that owns the given arrays and dictionary as they are, for readers that build them fresh.</summary>
    internal Lead(string id, ContactPoint[] points, Consent consent, Dictionary<string, object>? attributes)
    {
        Id = id;
        PointArray = points;
        Consent = consent;
        AttributeMap = attributes ?? NoAttributes;
        HistoryArray = Array.Empty<StrategyUse>();
    }

    /// <summary>The CRM's id for the lead.</summary>
    public string Id { get; }

    /// <summary>The lead's contact points, in the order given.</summary>
    public IReadOnlyList<ContactPoint> ContactPoints => PointArray;

    /// <summary>Consent per channel.</summary>
    public Consent Consent { get; }

    /// <summary>Fit data: each value a <see cref="string"/> or a number.</summary>
    public IReadOnlyDictionary<string, object> Attributes => AttributeMap;

    /// <summary>The contact points as an array, for the hot path.</summary>
    internal ContactPoint[] PointArray { get; }

    /// <summary>The strategy history as an array, for the hot path.</summary>
    internal StrategyUse[] HistoryArray { get; }

    /// <summary>The attributes as their concrete dictionary, so they can be walked without allocating.</summary>
    internal Dictionary<string, object> AttributeMap { get; }

    /// <summary>Strategies already applied.</summary>
    public IReadOnlyList<StrategyUse> History => HistoryArray;
}
