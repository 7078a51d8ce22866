using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Leads;

/// <summary>The typed constants for the default vocabulary, and consent from a CRM's nullable flags.</summary>
public sealed class DefaultNamesTests
{
    [Fact]
    public void ContactPointTypes_Constants_AreExactlyTheDefaultTypesNamedInPascalCase()
    {
        var constants = Constants(typeof(ContactPointTypes));

        constants.Select(c => c.Value).Should().Equal(RuleSet.Default.Vocabulary.ContactPointTypes);
        constants.Should().OnlyContain(c => c.Name == Pascal(c.Value));
    }

    [Fact]
    public void StrategyIds_Constants_AreExactlyTheDefaultStrategiesNamedInPascalCase()
    {
        var constants = Constants(typeof(StrategyIds));

        constants.Select(c => c.Value).Should().Equal(RuleSet.Default.Vocabulary.Strategies);
        constants.Should().OnlyContain(c => c.Name == Pascal(c.Value));
    }

    [Theory]
    [InlineData(true, ConsentState.Granted)]
    [InlineData(false, ConsentState.Denied)]
    [InlineData(null, ConsentState.Unknown)]
    public void State_NullableFlag_MapsToItsConsentState(bool? flag, ConsentState expected)
    {
        Consent.State(flag).Should().Be(expected);
        var consent = Consent.From(flag, !flag, null);
        (consent.Email, consent.Phone, consent.Mail).Should().Be((expected, Consent.State(!flag), ConsentState.Unknown));
    }

    private static (string Name, string Value)[] Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .OrderBy(f => f.MetadataToken).Select(f => (f.Name, (string)f.GetRawConstantValue()!)).ToArray();

    private static string Pascal(string name) => string.Concat(name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
}
