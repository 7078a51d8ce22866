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
    /// <param name="attributes">
    /// Fit data such as industry or company size: each value a <see cref="string"/>, a number, a <see cref="bool"/>
    /// (kept as the text <c>"true"</c> or <c>"false"</c>), a <see cref="DateTime"/> or <see cref="DateTimeOffset"/>
    /// (kept as ISO-8601 UTC text, <c>2026-10-01T00:00:00Z</c>; an unspecified <see cref="DateTime.Kind"/> means UTC) or
    /// <see langword="null"/> (no attribute).
    /// </param>
    /// <param name="history">Strategies already applied, for cool-downs.</param>
#pragma warning disable RS0041 // The attributes parameter is oblivious on purpose (see below).
    public Lead(
#pragma warning restore RS0041
        string id,
        IEnumerable<ContactPoint>? contactPoints = null,
        Consent? consent = null,
#nullable disable annotations
        // Oblivious, so that a Dictionary<string, object> and a Dictionary<string, object?> both pass without a warning.
        IReadOnlyDictionary<string, object> attributes = null,
#nullable restore annotations
        IEnumerable<StrategyUse>? history = null)
    {
        Id = id;
        PointArray = contactPoints?.ToArray() ?? Array.Empty<ContactPoint>();
        Consent = consent ?? Consent.Unknown;
        AttributeMap = attributes is null || attributes.Count == 0 ? NoAttributes : AttributeValues.Normalize(attributes) ?? NoAttributes;
        HistoryArray = history?.ToArray() ?? Array.Empty<StrategyUse>();
    }

    /// <summary>
    /// Creates a lead that owns the given arrays and dictionary as they are, for readers that build them fresh (with
    /// attribute values already strings or doubles).
    /// </summary>
    internal Lead(string id, ContactPoint[] points, Consent consent, Dictionary<string, object>? attributes, StrategyUse[]? history = null)
    {
        Id = id;
        PointArray = points;
        Consent = consent;
        AttributeMap = attributes is null || attributes.Count == 0 ? NoAttributes : attributes;
        HistoryArray = history ?? Array.Empty<StrategyUse>();
    }

    /// <summary>The CRM's id for the lead.</summary>
    public string Id { get; }

    /// <summary>The lead's contact points, in the order given.</summary>
    public IReadOnlyList<ContactPoint> ContactPoints => PointArray;

    /// <summary>Consent per channel.</summary>
    public Consent Consent { get; }

    /// <summary>Fit data: each value a <see cref="string"/> (booleans and dates as text) or a number.</summary>
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
