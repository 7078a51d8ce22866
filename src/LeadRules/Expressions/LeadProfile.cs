using System;
using System.Collections.Generic;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Expressions;

/// <summary>
/// What a rule expression sees as <c>lead</c>: a lead's contact points aggregated once, as of the
/// assessment time, per type and per channel group, so that every call here costs O(1).
/// </summary>
/// <remarks>Contact points dated after the as-of time are not seen. Undated ones count but are never "within" a window.</remarks>
public sealed class LeadProfile
{
    private const long NotDated = long.MinValue;

    private readonly Vocabulary _vocabulary;
    private readonly DecayPlan _decay;
    private readonly int[] _typeCount;
    private readonly long[] _typeLatest;
    private readonly int[] _groupCount;
    private readonly long[] _groupLatest;
    private readonly double[] _decayed;
    private long _asOf;
    private Lead _lead = null!;

    internal LeadProfile(Vocabulary vocabulary, DecayPlan decay)
    {
        _vocabulary = vocabulary;
        _decay = decay;
        _typeCount = new int[vocabulary.ContactPointTypes.Count];
        _typeLatest = new long[_typeCount.Length];
        _groupCount = new int[vocabulary.Groups.Count];
        _groupLatest = new long[_groupCount.Length];
        _decayed = new double[decay.SlotCount];
    }

    /// <summary>The lead's id.</summary>
    public string Id => _lead.Id;

    /// <summary>How many contact points of <paramref name="type"/> the lead has (summing their counts).</summary>
    public int Count(string type) => At(_typeCount, _vocabulary.TypeIndex(type));

    /// <summary>Whether the latest dated contact point of <paramref name="type"/> is at most <paramref name="days"/> old.</summary>
    public bool Within(string type, double days) => DaysSince(type) <= days;

    /// <summary>Days since the latest dated contact point of <paramref name="type"/>; infinity when there is none.</summary>
    public double DaysSince(string type) => Age(_typeLatest, _vocabulary.TypeIndex(type));

    /// <summary>How many contact points of any type in channel group <paramref name="group"/> the lead has.</summary>
    public int GroupCount(string group) => At(_groupCount, _vocabulary.GroupIndex(group));

    /// <summary>Whether the latest dated contact point in channel group <paramref name="group"/> is at most <paramref name="days"/> old.</summary>
    public bool GroupWithin(string group, double days) => Age(_groupLatest, _vocabulary.GroupIndex(group)) <= days;

    /// <summary>How many distinct channel groups the lead was met through, not counting <c>negative</c>.</summary>
    public int Channels()
    {
        var channels = 0;
        var negative = _vocabulary.GroupIndex(Vocabulary.NegativeGroup);
        for (var g = 0; g < _groupCount.Length; g++)
        {
            if (g != negative && _groupCount[g] > 0)
            {
                channels++;
            }
        }

        return channels;
    }

    /// <summary>Whether the lead granted consent on <paramref name="channel"/> (<c>email</c>, <c>phone</c>, <c>mail</c>); false when refused or unknown.</summary>
    public bool Consent(string channel) => _lead.Consent.For(channel) == ConsentState.Granted;

    /// <summary>The text attribute <paramref name="name"/>, or an empty string when missing or a number.</summary>
    public string Text(string name) => _lead.Attributes.TryGetValue(name, out var v) && v is string s ? s : string.Empty;

    /// <summary>The numeric attribute <paramref name="name"/>, or NaN (every comparison false) when missing or text.</summary>
    public double Number(string name) => _lead.Attributes.TryGetValue(name, out var v) && LeadCheck.IsNumber(v) ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>Whether the lead has the attribute <paramref name="name"/>.</summary>
    public bool Has(string name) => _lead.Attributes.ContainsKey(name);

    internal Lead Lead => _lead;

    internal long AsOfTicks => _asOf;

    internal double Decayed(int slot) => _decayed[slot];

    internal double DaysSince(int typeIndex) => Age(_typeLatest, typeIndex);

    internal int Count(int typeIndex) => _typeCount[typeIndex];

    /// <summary>Aggregates <paramref name="lead"/> as of <paramref name="asOf"/>; contact points of unknown types are skipped.</summary>
    internal void Load(Lead lead, DateTimeOffset asOf)
    {
        _lead = lead;
        _asOf = asOf.UtcTicks;
        Array.Clear(_typeCount, 0, _typeCount.Length);
        Array.Clear(_groupCount, 0, _groupCount.Length);
        Array.Clear(_decayed, 0, _decayed.Length);
        Fill(_typeLatest, NotDated);
        Fill(_groupLatest, NotDated);

        foreach (var point in lead.ContactPoints)
        {
            var type = _vocabulary.TypeIndex(point.Type);
            if (type < 0)
            {
                continue;
            }

            var at = point.At?.UtcTicks ?? NotDated;
            if (at != NotDated && at > _asOf)
            {
                continue;
            }

            var group = _vocabulary.GroupOfType[type];
            _typeCount[type] += point.Count;
            _groupCount[group] += point.Count;
            _typeLatest[type] = Math.Max(_typeLatest[type], at);
            _groupLatest[group] = Math.Max(_groupLatest[group], at);

            var ageDays = at == NotDated ? 0 : (double)(_asOf - at) / TimeSpan.TicksPerDay;
            foreach (var slot in _decay.SlotsByType[type])
            {
                _decayed[slot] += point.Count * Math.Pow(0.5, ageDays / _decay[slot].HalfLifeDays);
            }
        }
    }

    private static int At(int[] values, int index) => index < 0 ? 0 : values[index];

    private double Age(long[] latest, int index) =>
        index < 0 || latest[index] == NotDated ? double.PositiveInfinity : (double)(_asOf - latest[index]) / TimeSpan.TicksPerDay;

    private static void Fill(long[] values, long value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value;
        }
    }
}
