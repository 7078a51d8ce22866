using System.Text;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Leads.Json;
using Xunit;

namespace LeadRules.Tests.Leads.Json;

/// <summary>A line too long to parse keeps the id its start gives, read from its first few kilobytes only.</summary>
public sealed class IdPrefixTests
{
    private const string TooLong = "the line is longer than the limit of 1,048,576 characters.";
    private static readonly string Filler = new('x', Limits.LineLength);

    public static TheoryData<string, string?> Starts => new()
    {
        { "{\"id\":\"L-7\",", "L-7" },
        { "  {  \"id\" :  \"L-7\" ,", "L-7" },
        { "\uFEFF{\"id\":\"L-7\",", "L-7" },
        { "{/* a comment */\"id\":\"L-\\u0037\",", "L-7" },
        { "{\"id\":1234567890123456789012,", "1234567890123456789012" },
        { "{\"consent\":{\"email\":true},\"contactPoints\":[{\"type\":\"referral\"}],\"id\":\"L-7\",", "L-7" },
        { "{\"id\":\"L-7\",\"contactPoints\":[],\"id\":\"L-8\",", null },
        { "{\"id\":\"\",", null },
        { "{\"id\":12.5,", null },
        { "{\"id\":null,", null },
        { "{\"Id\":\"L-7\",", null },
        { "[{\"id\":\"L-7\"},", null },
        { "{\"id\" \"L-7\",", null },
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void Parse_TooLongLine_KeepsTheIdItsStartGives(string start, string? id)
    {
        var line = start + "\"attributes\":{\"note\":\"" + Filler + "\"}}";

        var read = LeadJsonReader.Parse(line, 7);

        read.Error.Should().Be(TooLong);
        read.Id.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(Starts))]
    public void ParseUtf8_TooLongLine_KeepsTheIdItsStartGives(string start, string? id)
    {
        var line = Encoding.UTF8.GetBytes(start + "\"attributes\":{\"note\":\"" + Filler + "\"}}");

        var read = LeadJsonReader.Parse(line, 7);

        read.Error.Should().Be(TooLong);
        read.Id.Should().Be(id);
    }

    [Fact]
    public void Read_IdPastTheFirstKilobytes_IsNotLookedFor()
    {
        var start = "{\"attributes\":{\"note\":\"" + new string('x', IdPrefix.Bytes) + "\"},\"id\":\"L-7\",";

        LeadJsonReader.Parse(start + "\"more\":\"" + Filler + "\"}", 7).Id.Should().BeNull();
        IdPrefix.Read(start + "}", 0).Should().BeNull();
    }

    [Fact]
    public void Read_IdCutByTheKilobyteBound_IsNotGuessed()
    {
        var padding = new string(' ', IdPrefix.Bytes - "{\"id\":\"L-".Length);

        IdPrefix.Read(padding + "{\"id\":\"L-7\",", 0).Should().BeNull();
        IdPrefix.Read(padding[..^3] + "{\"id\":\"L-7\",", 0).Should().Be("L-7");
    }
}
