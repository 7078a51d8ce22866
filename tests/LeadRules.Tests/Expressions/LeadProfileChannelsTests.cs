using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using LeadRules.Expressions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Expressions;

/// <summary><c>lead.Channels()</c> costs O(1) whatever the vocabulary: it is counted while the lead is aggregated, and reset with it.</summary>
public class LeadProfileChannelsTests
{
    private const int Groups = 200_000;
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2026-11-01Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Channels_VocabularyOfManyGroups_CountsTheLeadsDistinctGroupsButNegative()
    {
        var profile = Profile();

        Load(profile, Point("t7"), Point("t7b"), Point("t199999"), Point("bounce"), Point("t42", count: 0));

        profile.Channels().Should().Be(2, "t7 and t7b share group g7, t199999 is in g199999, bounce is negative and t42 has a count of 0");
    }

    [Fact]
    public void Channels_NextLeadOnTheSameProfile_StartsFromZero()
    {
        var profile = Profile();
        Load(profile, Point("t1"), Point("t2"), Point("t3"));

        Load(profile, Point("t3"), Point("bounce"));

        profile.Channels().Should().Be(1);
        Load(profile);
        profile.Channels().Should().Be(0);
    }

    [Fact]
    public void Channels_AfterAggregation_DoesNotReadTheGroupCounts()
    {
        var profile = Profile();
        Load(profile, Point("t1"), Point("t2"));
        var groupCounts = (int[])typeof(LeadProfile).GetField("_groupCount", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(profile)!;

        Array.Clear(groupCounts);

        profile.Channels().Should().Be(2, "the answer was counted as the lead was aggregated, not by scanning every group");
    }

    private static LeadProfile Profile()
    {
        var types = Enumerable.Range(0, Groups).Select(i => new KeyValuePair<string, string>($"t{i}", $"g{i}"))
            .Append(new KeyValuePair<string, string>("t7b", "g7"))
            .Append(new KeyValuePair<string, string>("bounce", Vocabulary.NegativeGroup))
            .ToList();
        var decay = new DecayPlan();
        decay.Seal(types.Count);
        return new LeadProfile(new Vocabulary(types, []), decay);
    }

    private static ContactPoint Point(string type, int count = 1) => new(type, AsOf.AddDays(-1), count);

    private static void Load(LeadProfile profile, params ContactPoint[] points)
    {
        List<string>? warnings = null;
        profile.Load(new Lead("L-1", points), AsOf, UnknownTypePolicy.Error, ref warnings).Should().BeNull();
    }
}
