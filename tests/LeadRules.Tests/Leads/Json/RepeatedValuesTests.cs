using System;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using Xunit;

namespace LeadRules.Tests.Leads.Json;

/// <summary>
/// Strings that repeat from lead to lead are taken from a per-thread table and common times are read from their bytes:
/// every lead still gets exactly its own values, in every slot of the table, and every time the general parser gives.
/// </summary>
public class RepeatedValuesTests
{
    [Fact]
    public void Parse_ThousandsOfDistinctShortStrings_EachLeadKeepsItsOwn()
    {
        // 5,000 distinct values through 256 slots: every slot is shared by many strings, and each is asked for twice.
        var values = Enumerable.Range(0, 5_000).Select(i => $"v{i * 7919 % 100_003}").ToArray();
        foreach (var value in values.Concat(values.Reverse()))
        {
            var json = $"{{\"id\":\"L\",\"contactPoints\":[{{\"type\":\"{value}\",\"channel\":\"c{value}\"}}],\"attributes\":{{\"{value}\":\"{value}x\"}},\"history\":[{{\"strategy\":\"s{value}\",\"at\":\"2026-01-01\"}}]}}";
            var lead = LeadJsonReader.Parse(json, 1).Lead!;

            lead.ContactPoints.Single().Type.Should().Be(value);
            lead.ContactPoints.Single().Channel.Should().Be("c" + value);
            lead.Attributes.Should().ContainSingle().Which.Should().Be(new System.Collections.Generic.KeyValuePair<string, object?>(value, value + "x"));
            lead.History.Single().Strategy.Should().Be("s" + value);
        }
    }

    [Fact]
    public void Parse_EscapedAndLongStrings_AreReadAsWritten()
    {
        var longType = new string('t', 300);
        var lead = LeadJsonReader.Parse($"{{\"id\":\"L\",\"contactPoints\":[{{\"type\":\"ref\\u0065rral\"}},{{\"type\":\"referral\"}},{{\"type\":\"{longType}\"}}]}}", 1).Lead!;

        lead.ContactPoints.Select(p => p.Type).Should().Equal("referral", "referral", longType);
    }

    [Theory]
    [InlineData("2026-11-01T09:30:00Z")]
    [InlineData("2024-02-29T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2026-11-01T09:30:00+02:00")]
    [InlineData("2026-11-01")]
    [InlineData("2026-11-01 09:30:00")]
    [InlineData("20261101T093000Z")]
    [InlineData("2026-11-01T09:30:00.5Z")]
    [InlineData("2025-02-29T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-11-01T24:00:00Z")]
    [InlineData("2026-11-01T09:60:00Z")]
    [InlineData("2026-11-01T09:30:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2026-11-01X09:30:00Z")]
    [InlineData("2026-11-0１T09:30:00Z")]
    [InlineData("2026-11-01T09:30:00z")]
    [InlineData("")]
    public void Parse_ContactPointTime_IsWhatTheGeneralParserGives(string at)
    {
        var expected = IsoTime.TryParse(at, out var time) ? time : (DateTimeOffset?)null;

        foreach (var written in new[] { at, Escaped(at) })
        {
            var line = LeadJsonReader.Parse($"{{\"id\":\"L\",\"contactPoints\":[{{\"type\":\"referral\",\"at\":\"{written}\"}}],\"history\":[{{\"strategy\":\"s\",\"at\":\"{written}\"}}]}}", 1);

            if (expected is null)
            {
                line.Lead.Should().BeNull();
                line.Error.Should().Be($"contactPoints[0].at: '{at}' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.");
            }
            else
            {
                line.Error.Should().BeNull();
                line.Lead!.ContactPoints.Single().At.Should().Be(expected);
                line.Lead.History.Single().At.Should().Be(expected.Value);
            }
        }
    }

    /// <summary>The same text with its first character written as a JSON escape.</summary>
    private static string Escaped(string text) => text.Length == 0 ? text : $"\\u{(int)text[0]:x4}{text.Substring(1)}";
}
