using FluentAssertions;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Rules;

public class DefaultRuleSetTests
{
    [Fact]
    public void Default_Loads_WithEveryCatalogueStrategy()
    {
        var rules = RuleSet.Default;

        rules.Stamp.Name.Should().Be("default");
        rules.Vocabulary.Strategies.Should().HaveCount(16);
    }
}
