using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck.Xunit;
using LeadRules.Rules;
using LeadRules.Rules.Compiling;
using Newtonsoft.Json;
using Xunit;

namespace LeadRules.Tests.Security;

/// <summary>
/// The "did you mean" search is bounded by the names' length and by a budget of Levenshtein cells per load, so a
/// rule file within the limits, however full of long misspelt names and large its vocabulary, loads (or is refused)
/// quickly; the work is counted, not timed.
/// </summary>
public class LoadWorkTests
{
    [Theory]
    [InlineData("referal", "referral")]
    [InlineData("webinar_attended", "seminar_attended")]
    [InlineData("demo_requets", "demo_request")]
    [InlineData("zzzzzzzz", null)]
    public void Closest_MisspeltType_SuggestsTheNearestWithinThreeEdits(string name, string? closest)
    {
        new NameSuggestions().Closest(name, DefaultVocabulary.Types().Select(t => t.Key).ToList()).Should().Be(closest);
    }

    [Property(MaxTest = 2000)]
    public bool Closest_AnyTwoNames_AgreesWithTheFullLevenshteinDistance(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        string Name() => new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => "abc"[random.Next(3)]).ToArray());
        var (name, known) = (Name(), Name());

        var closest = new NameSuggestions().Closest(name, [known]);

        return closest == (Levenshtein(name, known) <= NameSuggestions.MaxDistance ? known : null);
    }

    [Fact]
    public void Closest_NameLongerThanTheLimit_IsNotSearched()
    {
        var suggestions = new NameSuggestions();
        var known = new[] { new string('x', 70) };

        suggestions.Closest(new string('x', 69) + "y", known).Should().BeNull();
        suggestions.Cells.Should().Be(0);
    }

    [Fact]
    public void Closest_SameNameTwice_IsSearchedOnce()
    {
        var suggestions = new NameSuggestions();
        var known = DefaultVocabulary.Types().Select(t => t.Key).ToList();
        suggestions.Closest("referal", known);
        var cells = suggestions.Cells;

        suggestions.Closest("referal", known).Should().Be("referral");

        suggestions.Cells.Should().Be(cells).And.BeGreaterThan(0);
    }

    [Fact]
    public void Build_LongMisspeltTypesUpToTheOperatorBudgetAndALargeVocabulary_SpendsAtMostTheCellBudget()
    {
        const int types = 5_000;
        const int rules = 170;
        const int namesPerRule = 6;
        var vocabulary = Enumerable.Range(0, types).Select(i => $"t{i:D5}" + new string('x', 58)).ToList();
        var misspelt = Enumerable.Range(0, rules * namesPerRule).Select(i => vocabulary[i % types][..61] + "yyy").ToList();
        var json = RuleFile(vocabulary, Enumerable.Range(0, rules).Select(r => string.Join(" || ", misspelt.Skip(r * namesPerRule).Take(namesPerRule).Select(n => $"lead.Count(\"{n}\") > 0"))));
        Encoding.UTF8.GetByteCount(json).Should().BeLessThanOrEqualTo(Limits.RuleFileBytes);
        (rules * ((namesPerRule * 5) - 2)).Should().BeLessThanOrEqualTo(Limits.OperatorsPerRuleSet, "each name's test has '.', '(', '>' and '||' (2)");

        var (builder, problems) = CostRuleFiles.Load(json);

        problems.Should().HaveCount(rules * namesPerRule);
        problems[0].Should().EndWith($"'{misspelt[0]}' is not a contact-point type of the vocabulary (did you mean '{vocabulary[0]}'?).");
        problems[^1].Should().EndWith($"'{misspelt[^1]}' is not a contact-point type of the vocabulary.", "the budget was spent before the last name");
        builder!.Suggestions.Cells.Should().BeLessThanOrEqualTo(NameSuggestions.CellBudget + ((2 * NameSuggestions.MaxDistance) + 1) * (NameSuggestions.MaxNameLength + 1),
            "once the budget is spent, no more names are searched; without it this file costs billions of cells");
    }

    [Fact]
    public void Load_MisspeltGroupInAVocabularyOfManyGroups_ListsTwentyGroups()
    {
        var vocabulary = Enumerable.Range(0, 100).Select(i => $"t{i}").ToList();
        var json = RuleFile(vocabulary, ["lead.GroupCount(\"nope\") > 0"]);

        var problems = CostRuleFiles.Load(json).Problems;

        problems.Should().ContainSingle().Which.Should().EndWith(
            "lead.GroupCount(\"nope\"): 'nope' is not a channel group; the groups are marketing, social_proof, search, website, direct, intent, negative, outcome, g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11 and 88 more.");
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 ? j : j == 0 ? i : Math.Min(Math.Min(d[i - 1, j], d[i, j - 1]) + 1, d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>A rule file whose vocabulary adds each of <paramref name="types"/> in a group of its own, with one scoring rule per expression.</summary>
    private static string RuleFile(IReadOnlyList<string> types, IEnumerable<string> expressions) =>
        CostRuleFiles.Scoring([], expressions.Select((e, i) => CostRuleFiles.Rule($"r{i}", e)))
            .Replace("\"Version\": \"1.0.0\",", "\"Version\": \"1.0.0\", \"Vocabulary\": { \"ContactPointTypes\": { "
                + string.Join(", ", types.Select((t, i) => $"{JsonConvert.ToString(t)}: \"g{i}\"")) + " } },");
}
