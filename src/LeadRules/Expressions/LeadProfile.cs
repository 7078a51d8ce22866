using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Expressions;

/// <summary>
/// What a rule expression sees as <c>lead</c>: a lead's contact points aggregated once, as of the
/// assessment time, per type and per channel group, so that every call here costs O(1).
/// </summary>
/// <remarks>
/// Contact points dated after the as-of time, or with a count of 0, are not seen. Undated ones count but are never "within" a window.
/// Calls whose type, group or channel is a literal are bound to array slots when the rule set is compiled.
/// </remarks>
public sealed class LeadProfile
{
    private const long NotDated = long.MinValue;

    /// <summary>Type strings whose index this profile remembers, by reference: a power of two.</summary>
    private const int KnownTypeSlots = 64;

    private readonly Vocabulary _vocabulary;
    private readonly DecayPlan _decay;
    private readonly int[] _typeCount;
    private readonly long[] _typeLatest;
    private readonly bool[] _typeUndated;
    private readonly int[] _groupCount;
    private readonly long[] _groupLatest;
    private readonly double[] _decayed;
    private readonly int _negativeGroup;
    private readonly int[] _touched;
    private readonly string?[] _knownTypes = new string?[KnownTypeSlots];
    private readonly int[] _knownTypeIndex = new int[KnownTypeSlots];
    private int _touchedCount;
    private int _channels;
    private long _asOf;
    private Lead _lead = null!;

    internal LeadProfile(Vocabulary vocabulary, DecayPlan decay)
    {
        _vocabulary = vocabulary;
        _decay = decay;
        _typeCount = new int[vocabulary.ContactPointTypes.Count];
        _typeLatest = new long[_typeCount.Length];
        _typeUndated = new bool[_typeCount.Length];
        _groupCount = new int[vocabulary.Groups.Count];
        _groupLatest = new long[_groupCount.Length];
        _decayed = new double[decay.SlotCount];
        _touched = new int[_typeCount.Length];
        _typeLatest.AsSpan().Fill(NotDated);
        _groupLatest.AsSpan().Fill(NotDated);
        _negativeGroup = vocabulary.GroupIndex(Vocabulary.NegativeGroup);
    }

    /// <summary>The lead's id.</summary>
    public string Id => _lead.Id;

    /// <summary>How many contact points of <paramref name="type"/> the lead has (summing their counts).</summary>
    /// <param name="type">A contact-point type of the vocabulary, such as <c>referral</c>.</param>
    /// <returns>The sum of the <c>count</c>s of its contact points; 0 when none.</returns>
    public int Count(string type) => CountAt(_vocabulary.TypeIndex(type));

    /// <summary>Whether the latest dated contact point of <paramref name="type"/> is at most <paramref name="days"/> old.</summary>
    /// <param name="type">A contact-point type of the vocabulary.</param>
    /// <param name="days">The window, in days back from the as-of time (inclusive).</param>
    /// <returns><see langword="true"/> when the latest dated one is at most <paramref name="days"/> old.</returns>
    public bool Within(string type, double days) => WithinAt(_vocabulary.TypeIndex(type), days);

    /// <summary>Days since the latest dated contact point of <paramref name="type"/>; infinity when there is none.</summary>
    /// <param name="type">A contact-point type of the vocabulary.</param>
    /// <returns>Days, with fractions, from the latest dated one to the as-of time.</returns>
    public double DaysSince(string type) => DaysSinceAt(_vocabulary.TypeIndex(type));

    /// <summary>How many contact points of any type in channel group <paramref name="group"/> the lead has.</summary>
    /// <param name="group">A channel group of the vocabulary, such as <c>intent</c>.</param>
    /// <returns>The sum of the <c>count</c>s of the group's contact points; 0 when none.</returns>
    public int GroupCount(string group) => GroupCountAt(_vocabulary.GroupIndex(group));

    /// <summary>Whether the latest dated contact point in channel group <paramref name="group"/> is at most <paramref name="days"/> old.</summary>
    /// <param name="group">A channel group of the vocabulary.</param>
    /// <param name="days">The window, in days back from the as-of time (inclusive).</param>
    /// <returns><see langword="true"/> when the group's latest dated contact point is at most <paramref name="days"/> old.</returns>
    public bool GroupWithin(string group, double days) => GroupWithinAt(_vocabulary.GroupIndex(group), days);

    /// <summary>How many distinct channel groups the lead was met through, not counting <c>negative</c>.</summary>
    /// <returns>The number of channel groups with at least one contact point, <c>negative</c> not counted.</returns>
    public int Channels() => _channels;

    /// <summary>Whether the lead granted consent on <paramref name="channel"/> (<c>email</c>, <c>phone</c>, <c>mail</c>); false when refused or unknown.</summary>
    /// <param name="channel"><c>email</c>, <c>phone</c> or <c>mail</c>.</param>
    /// <returns><see langword="true"/> only when consent was granted.</returns>
    public bool Consent(string channel) => _lead.Consent.For(channel) == ConsentState.Granted;

    /// <summary>The text attribute <paramref name="name"/>, or an empty string when missing or a number.</summary>
    /// <param name="name">The attribute's name, case-sensitive.</param>
    /// <returns>The text, or an empty string.</returns>
    public string Text(string name) => _lead.Attributes.TryGetValue(name, out var v) && v is string s ? s : string.Empty;

    /// <summary>The numeric attribute <paramref name="name"/>, or NaN (every comparison false) when missing or text.</summary>
    /// <param name="name">The attribute's name, case-sensitive.</param>
    /// <returns>The number, or NaN.</returns>
    public double Number(string name) => _lead.Attributes.TryGetValue(name, out var v) && LeadCheck.IsNumber(v) ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>Whether the lead has the attribute <paramref name="name"/>.</summary>
    /// <param name="name">The attribute's name, case-sensitive.</param>
    /// <returns>Whether the lead carries it.</returns>
    public bool Has(string name) => _lead.Attributes.ContainsKey(name);

    internal int CountAt(int type) => type < 0 ? 0 : _typeCount[type];

    internal bool WithinAt(int type, double days) => DaysSinceAt(type) <= days;

    internal double DaysSinceAt(int type) => Age(_typeLatest, type);

    internal int GroupCountAt(int group) => group < 0 ? 0 : _groupCount[group];

    internal bool GroupWithinAt(int group, double days) => Age(_groupLatest, group) <= days;

    internal double Decayed(int slot) => _decayed[slot];

    /// <summary>Whether the lead has an undated occurrence of the type: it has not faded, so it weighs in full.</summary>
    internal bool HasUndatedAt(int type) => type >= 0 && _typeUndated[type];

    /// <summary>
    /// Aggregates <paramref name="lead"/> as of <paramref name="asOf"/> in one pass over its contact points, then its
    /// channel groups from the types it touched. Returns the error for an unknown type under
    /// <see cref="UnknownTypePolicy.Error"/>; otherwise skips it and adds a warning.
    /// </summary>
    internal string? Load(Lead lead, DateTimeOffset asOf, UnknownTypePolicy unknownTypes, ref List<string>? warnings)
    {
        _lead = lead;
        _asOf = asOf.UtcTicks;
        Reset();

        var points = lead.PointArray;
        for (var i = 0; i < points.Length; i++)
        {
            var point = points[i];
            var type = TypeIndex(point.Type);
            if (type < 0)
            {
                var message = LeadCheck.UnknownType(i, point.Type, unknownTypes, _vocabulary);
                if (unknownTypes == UnknownTypePolicy.Error)
                {
                    return message;
                }

                (warnings ??= new List<string>()).Add(message);
                continue;
            }

            var at = point.At?.UtcTicks ?? NotDated;
            if (point.Count == 0 || (at != NotDated && at > _asOf))
            {
                continue;
            }

            Add(type, point.Count, at);
        }

        AddGroups();
        return null;
    }

    /// <summary>
    /// The vocabulary's index of <paramref name="type"/>. Leads repeat the same type strings (readers share them), so
    /// the index of each string seen is remembered by reference, which costs less than hashing its characters.
    /// </summary>
    private int TypeIndex(string type)
    {
        var slot = RuntimeHelpers.GetHashCode(type) & (KnownTypeSlots - 1);
        if (ReferenceEquals(_knownTypes[slot], type))
        {
            return _knownTypeIndex[slot];
        }

        var index = _vocabulary.TypeIndex(type);
        if (index >= 0)
        {
            _knownTypes[slot] = type;
            _knownTypeIndex[slot] = index;
        }

        return index;
    }

    private void Add(int type, int count, long at)
    {
        // Only contact points with a count of 1 or more get here, so a type is new to the lead while its count is 0.
        if (_typeCount[type] == 0)
        {
            _touched[_touchedCount++] = type;
        }

        _typeCount[type] += count;
        _typeLatest[type] = Math.Max(_typeLatest[type], at);
        _typeUndated[type] |= at == NotDated;

        var slots = _decay.SlotsByType[type];
        if (slots.Length > 0)
        {
            var ageDays = at == NotDated ? 0 : (double)(_asOf - at) / TimeSpan.TicksPerDay;
            var rates = _decay.Rates;
            foreach (var slot in slots)
            {
                _decayed[slot] += count * Math.Exp(-ageDays * rates[slot]);
            }
        }
    }

    /// <summary>Sums the touched types into their groups: once per type, not once per contact point.</summary>
    private void AddGroups()
    {
        for (var i = 0; i < _touchedCount; i++)
        {
            var type = _touched[i];
            var group = _vocabulary.GroupOfType[type];
            // Counted as the lead is aggregated, so Channels() costs O(1) whatever the vocabulary's size.
            _channels += _groupCount[group] == 0 && group != _negativeGroup ? 1 : 0;
            _groupCount[group] += _typeCount[type];
            _groupLatest[group] = Math.Max(_groupLatest[group], _typeLatest[type]);
        }
    }

    private double Age(long[] latest, int index) =>
        index < 0 || latest[index] == NotDated ? double.PositiveInfinity : (double)(_asOf - latest[index]) / TimeSpan.TicksPerDay;

    /// <summary>Clears what the previous lead touched: cheaper than clearing every type, group and slot.</summary>
    private void Reset()
    {
        for (var i = 0; i < _touchedCount; i++)
        {
            var type = _touched[i];
            var group = _vocabulary.GroupOfType[type];
            _typeCount[type] = 0;
            _typeLatest[type] = NotDated;
            _typeUndated[type] = false;
            _groupCount[group] = 0;
            _groupLatest[group] = NotDated;
            foreach (var slot in _decay.SlotsByType[type])
            {
                _decayed[slot] = 0;
            }
        }

        _touchedCount = 0;
        _channels = 0;
    }
}
