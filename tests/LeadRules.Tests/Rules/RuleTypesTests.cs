using FluentAssertions;
using LeadRules.Rules.Compiling;
using Xunit;

namespace LeadRules.Tests.Rules;

public class RuleTypesTests
{
    [Fact]
    public void Rule_expressions_see_the_types_that_RulesEngine_gives_its_own_parser()
    {
        var customTypes = ConditionParser.Settings().CustomTypes;

        // RulesEngine's provider scans every loaded assembly for [DynamicLinqType]; none of them carries one, so the sets agree.
        var rulesEngine = new RulesEngine.CustomTypeProvider(customTypes).GetCustomTypes();

        new RuleTypes(customTypes).GetCustomTypes().Should().BeEquivalentTo(rulesEngine);
        rulesEngine.Should().Contain(customTypes);
    }
}
