using System;
using FluentAssertions;
using LeadRules.Leads;
using Xunit;

namespace LeadRules.Tests.Leads;

public class IsoTimeTests
{
    public static TheoryData<string, DateTimeOffset> GoodTimes() => new()
    {
        { "2026-11-01", new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) },
        { "2026-11-01T09:30:00Z", new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero) },
        { "2026-11-01T09:30:00+01:00", new(2026, 11, 1, 8, 30, 0, TimeSpan.Zero) },
        { "2026-11-01 09:30:00", new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero) },
        { "2026-11-01 09:30", new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero) },
        { "20261101T093000Z", new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero) },
        { "20261101T093000+0100", new(2026, 11, 1, 8, 30, 0, TimeSpan.Zero) },
        { "20261101T0930", new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero) },
        { "20261101", new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) },
        { "2026-11-01T09:30:00.5Z", new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(5_000_000) },
        { "2026-11-01T09:30:00.1234567Z", new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_567) },
        { "2026-11-01T09:30:00.123+01:00", new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero).AddTicks(1_230_000) },
        { "2026-11-01T09:30:00.12", new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(1_200_000) },
        { "2026-11-01 09:30:00.25", new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(2_500_000) },
        { "20261101T093000.5Z", new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(5_000_000) },
    };

    [Theory]
    [MemberData(nameof(GoodTimes))]
    public void TryParse_AcceptedForm_IsTheUtcTime(string text, DateTimeOffset expected)
    {
        IsoTime.TryParse(text, out var time).Should().BeTrue();

        time.Should().Be(expected);
        time.Offset.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("2026-11-01T09:30:00.12345678Z")]
    [InlineData("2026-11-01 09:30:00Z ")]
    [InlineData("2026-11-01T")]
    [InlineData("2026111")]
    [InlineData("20261301")]
    [InlineData("2026-11-01  09:30")]
    [InlineData("01/11/2026")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_OtherText_IsRefused(string? text)
    {
        IsoTime.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_LeadWithNewTimeForms_ReadsEveryTime()
    {
        var line = LeadJsonReader.Parse("{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-10-01 08:00:00\"},{\"type\":\"referral\",\"at\":\"20261002T080000Z\"}],\"history\":[{\"strategy\":\"proposal\",\"at\":\"2026-10-03T08:00:00.250Z\"}]}", 1);

        line.Error.Should().BeNull();
        line.Lead!.ContactPoints[0].At.Should().Be(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        line.Lead.ContactPoints[1].At.Should().Be(new DateTimeOffset(2026, 10, 2, 8, 0, 0, TimeSpan.Zero));
        line.Lead.History[0].At.Should().Be(new DateTimeOffset(2026, 10, 3, 8, 0, 0, 250, TimeSpan.Zero));
    }
}
