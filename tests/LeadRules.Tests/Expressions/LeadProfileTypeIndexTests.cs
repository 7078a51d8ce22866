using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using LeadRules.Expressions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Expressions;

/// <summary>Types remembered by reference while leads are aggregated: each string counts for its own type, whatever shares its slot.</summary>
public class LeadProfileTypeIndexTests
{
    private static readonly DateTimeOffset AsOf = DateTimeOffset.Parse("2026-11-01Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Load_ManyTypesAsSharedAndFreshStrings_CountsEachPointForItsOwnType()
    {
        const int types = 500;
        var names = Enumerable.Range(0, types).Select(i => $"t{i}").ToArray();
        var decay = new DecayPlan();
        decay.Seal(types);
        var profile = new LeadProfile(new Vocabulary(names.Select(n => new KeyValuePair<string, string>(n, "g" + n)).ToList(), []), decay);
        var random = new Random(11);

        for (var lead = 0; lead < 40; lead++)
        {
            // Type i appears i % 3 + 1 times per lead, half the time as a copy of the vocabulary's string.
            var points = Enumerable.Range(0, types)
                .SelectMany(i => Enumerable.Repeat(i, i % 3 + 1))
                .OrderBy(_ => random.Next())
                .Select(i => new ContactPoint(random.Next(2) == 0 ? names[i] : new string(names[i].ToCharArray()), AsOf.AddDays(-1)))
                .Append(new ContactPoint("not_a_type", AsOf.AddDays(-1)))
                .ToArray();
            List<string>? warnings = null;

            profile.Load(new Lead("L-" + lead, points), AsOf, UnknownTypePolicy.Ignore, ref warnings).Should().BeNull();

            names.Select(profile.Count).Should().Equal(Enumerable.Range(0, types).Select(i => i % 3 + 1));
            warnings.Should().ContainSingle().Which.Should().Contain("not_a_type");
        }
    }
}
