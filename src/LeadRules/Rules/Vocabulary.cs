using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
using NameIndex = System.Collections.Frozen.FrozenDictionary<string, int>;
#else
using NameIndex = System.Collections.Generic.Dictionary<string, int>;
#endif

namespace LeadRules.Rules;

/// <summary>
/// The names a rule set may use: contact-point types with their channel group, and strategy ids.
/// The default vocabulary is the domain's; a rule file may add to it, never rename.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The group whose contact points subtract and do not count as a channel.</summary>
    public const string NegativeGroup = "negative";

    /// <summary>Looked up for every contact point of every lead: a frozen dictionary where there is one, read faster.</summary>
    private readonly NameIndex _typeIndex;
    private readonly NameIndex _groupIndex;
    private readonly HashSet<string> _strategies;

    internal Vocabulary(IEnumerable<KeyValuePair<string, string>> types, IEnumerable<string> strategies)
    {
        var typeList = types.ToList();
        Groups = typeList.Select(t => t.Value).Distinct(StringComparer.Ordinal).ToArray();
        _groupIndex = Index(Groups);
        ContactPointTypes = typeList.Select(t => t.Key).ToArray();
        _typeIndex = Index(ContactPointTypes);
        GroupOfType = typeList.Select(t => _groupIndex[t.Value]).ToArray();
        Strategies = strategies.ToArray();
        _strategies = new HashSet<string>(Strategies, StringComparer.Ordinal);
    }

    /// <summary>Every contact-point type, in vocabulary order.</summary>
    public IReadOnlyList<string> ContactPointTypes { get; }

    /// <summary>Every channel group, in order of first use.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Every strategy id.</summary>
    public IReadOnlyList<string> Strategies { get; }

    internal int[] GroupOfType { get; }

    /// <summary>The channel group of a contact-point type.</summary>
    /// <param name="type">The contact-point type, for example <c>pricing_view</c>; exact, case-sensitive.</param>
    /// <returns>The type's channel group, or <see langword="null"/> when the type is unknown.</returns>
    public string? GroupOf(string type) => _typeIndex.TryGetValue(type, out var i) ? Groups[GroupOfType[i]] : null;

    /// <summary>Whether a strategy id is known.</summary>
    /// <param name="id">The strategy id, for example <c>personal_follow_up_email</c>; exact, case-sensitive.</param>
    /// <returns><see langword="true"/> when the vocabulary has the strategy.</returns>
    public bool HasStrategy(string id) => _strategies.Contains(id);

    internal int TypeIndex(string type) => _typeIndex.TryGetValue(type, out var i) ? i : -1;

    internal int GroupIndex(string group) => _groupIndex.TryGetValue(group, out var i) ? i : -1;

    /// <summary>Each name's position in <paramref name="names"/>.</summary>
    private static NameIndex Index(IReadOnlyList<string> names)
    {
        var index = Enumerable.Range(0, names.Count).ToDictionary(i => names[i], StringComparer.Ordinal);
#if NET8_0_OR_GREATER
        return index.ToFrozenDictionary(StringComparer.Ordinal);
#else
        return index;
#endif
    }
}
