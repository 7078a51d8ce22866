using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Expressions;

/// <summary>A lead's faded weights are summed per contact point only for the types a rule scores per occurrence.</summary>
public class DecayPlanTests
{
    [Fact]
    public void SlotsByType_DefaultRuleSet_OnlyTypesScoredPerOccurrenceWithAHalfLife()
    {
        var rules = RuleSet.Default;

        var faded = rules.Vocabulary.ContactPointTypes.Where((_, i) => rules.Decay.SlotsByType[i].Length > 0);

        // referral, not_interested and the other rules that give points once fade by the latest occurrence's age instead.
        faded.Should().BeEquivalentTo(
            "review_view", "social_mention", "email_click", "website_visit", "content_download", "chat_conversation", "pricing_view", "cart_add", "call_connected");
    }
}
