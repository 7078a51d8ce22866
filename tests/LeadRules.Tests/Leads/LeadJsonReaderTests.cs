using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using Xunit;

namespace LeadRules.Tests.Leads;

public class LeadJsonReaderTests
{
    private const string FullLine =
        "{\"id\":\"L-1\","
        + "\"contactPoints\":[{\"type\":\"pricing_view\",\"at\":\"2026-10-30T09:30:00Z\",\"count\":3,\"channel\":\"web\"},"
        + "{\"type\":\"referral\"},"
        + "{\"type\":\"event_visit\",\"at\":\"2026-10-30T10:30:00+01:00\",\"count\":0},"
        + "{\"type\":\"direct_mail\",\"at\":\"2026-10-01\",\"count\":null,\"channel\":null}],"
        + "\"consent\":{\"email\":true,\"phone\":false,\"mail\":null},"
        + "\"attributes\":{\"industry\":\"retail\",\"company_size\":250,\"revenue\":1.5},"
        + "\"history\":[{\"strategy\":\"proposal\",\"at\":\"2026-10-01T12:00:00\"},{\"strategy\":\"digital_ads\",\"at\":\"2026-09-15T08:00:00Z\"}]}";

    private const string PointFields = "the fields here are type, at, count, channel.";

    public static TheoryData<string, string?, string> BadLines() => new()
    {
        // blank
        { string.Empty, null, "the line is blank; each line holds one lead as a JSON object." },
        { "   \t ", null, "the line is blank; each line holds one lead as a JSON object." },
        { "// imported from the old CRM", null, "the line is blank; each line holds one lead as a JSON object." },
        { "/* no lead */", null, "the line is blank; each line holds one lead as a JSON object." },

        // not JSON
        { "{\"id\":\"L1\",", null, "not valid JSON: the line ends before the lead's closing brace." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":", null, "not valid JSON: the line ends before the lead's closing brace." },
        { "hello", null, "not valid JSON at character 1: unexpected 'hello'." },
        { "{\"id\":\"L1\" \"contactPoints\":[]}", null, "not valid JSON at character 12: unexpected '\"'." },
        { "{\"id\":\"L1\",}", null, "not valid JSON at character 12: a trailing comma before '}'; remove the comma." },
        { "{\"id\":\"L\\x1\"}", null, "not valid JSON at character 10: '\\x' is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX." },
        { "{\"id\":\"L1\"}}", null, "not valid JSON: unexpected text after the lead's closing brace." },
        { "{\"id\":\"L1\"} {\"id\":\"L2\"}", null, "the line holds more than one JSON value; put one lead per line." },

        // not an object
        { "[{\"id\":\"L1\"}]", null, "a lead is a JSON object, not an array." },
        { "\"L1\"", null, "a lead is a JSON object, not the string \"L1\"." },
        { "42", null, "a lead is a JSON object, not the number 42." },
        { "null", null, "a lead is a JSON object, not null." },
        { "true", null, "a lead is a JSON object, not true." },

        // id
        { "{\"contactPoints\":[]}", null, "id: the lead has no id; give every lead a non-empty \"id\"." },
        { "{\"id\":null}", null, "id: the lead has no id; give every lead a non-empty \"id\"." },
        { "{\"id\":\"\"}", null, "id: must be a non-empty string or a whole number, not the string \"\"." },
        { "{\"id\":\"  \"}", null, "id: must be a non-empty string or a whole number, not the string \"  \"." },
        { "{\"id\":true}", null, "id: must be a non-empty string or a whole number, not true." },
        { "{\"id\":[\"L1\"]}", null, "id: must be a non-empty string or a whole number, not an array." },
        { "{\"id\":{\"value\":\"L1\"}}", null, "id: must be a non-empty string or a whole number, not an object." },
        { "{\"id\":1.5}", null, "id: must be a non-empty string or a whole number, not the number 1.5." },

        // contact-point type
        { "{\"id\":\"L1\",\"contactPoints\":[{\"at\":\"2026-10-01\"}]}", "L1", "contactPoints[0].type: missing." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\"},{\"type\":null}]}", "L1", "contactPoints[1].type: missing." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":7}]}", "L1", "contactPoints[0].type: must be a string, not the number 7." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"\"}]}", "L1", "contactPoints[0].type: the type is empty; use a contact-point type of the rule set's vocabulary." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"  \"}]}", "L1", "contactPoints[0].type: the type is empty; use a contact-point type of the rule set's vocabulary." },
        { "{\"id\":\"L1\",\"history\":[{\"strategy\":\"\",\"at\":\"2026-10-01\"}]}", "L1", "history[0].strategy: the strategy is empty; use a strategy id of the rule set." },


        // times
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-13-01\"}]}", "L1", "contactPoints[0].at: '2026-13-01' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"yesterday\"}]}", "L1", "contactPoints[0].at: 'yesterday' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-02-30\"}]}", "L1", "contactPoints[0].at: '2026-02-30' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-13-01T00:00:00Z\"}]}", "L1", "contactPoints[0].at: '2026-13-01T00:00:00Z' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-02-30T00:00:00Z\"}]}", "L1", "contactPoints[0].at: '2026-02-30T00:00:00Z' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-11-01T24:00:00Z\"}]}", "L1", "contactPoints[0].at: '2026-11-01T24:00:00Z' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-11-01T09:60:00Z\"}]}", "L1", "contactPoints[0].at: '2026-11-01T09:60:00Z' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"0000-01-01T00:00:00Z\"}]}", "L1", "contactPoints[0].at: '0000-01-01T00:00:00Z' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-1x-01T00:00:00Z\"}]}", "L1", "contactPoints[0].at: '2026-1x-01T00:00:00Z' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"at\":20261101}]}", "L1", "contactPoints[0].at: must be a string, not the number 20261101." },
        { "{\"id\":\"L1\",\"history\":[{\"strategy\":\"proposal\",\"at\":\"soon\"}]}", "L1", "history[0].at: 'soon' is not an ISO-8601 time such as 2026-11-01T09:30:00Z." },
        { "{\"id\":\"L1\",\"history\":[{\"strategy\":\"proposal\"}]}", "L1", "history[0].at: missing; a strategy use needs the time it was applied." },
        { "{\"id\":\"L1\",\"history\":[{\"at\":\"2026-10-01\"}]}", "L1", "history[0].strategy: missing." },

        // counts
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":-1}]}", "L1", "contactPoints[0].count: -1 is out of range; a count is a whole number from 0 to 100,000." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":1.5}]}", "L1", "contactPoints[0].count: must be a whole number of 0 or more, not the number 1.5." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":\"3\"}]}", "L1", "contactPoints[0].count: must be a whole number of 0 or more, not the string \"3\"." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":100001}]}", "L1", "contactPoints[0].count: 100001 is out of range; a count is a whole number from 0 to 100,000." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":2147483648}]}", "L1", "contactPoints[0].count: 2147483648 is out of range; a count is a whole number from 0 to 100,000." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":123456789012345678901234567890}]}", "L1", "contactPoints[0].count: 123456789012345678901234567890 is out of range; a count is a whole number from 0 to 100,000." },

        // wrong JSON types
        { "{\"id\":\"L1\",\"contactPoints\":{\"type\":\"referral\"}}", "L1", "contactPoints: must be an array, not an object." },
        { "{\"id\":\"L1\",\"contactPoints\":[\"referral\"]}", "L1", "contactPoints[0]: must be an object, not the string \"referral\"." },
        { "{\"id\":\"L1\",\"consent\":{\"email\":\"yes\"}}", "L1", "consent.email: must be true, false or null (unknown), not the string \"yes\"." },
        { "{\"id\":\"L1\",\"consent\":{\"phone\":1}}", "L1", "consent.phone: must be true, false or null (unknown), not the number 1." },
        { "{\"id\":\"L1\",\"consent\":[true]}", "L1", "consent: must be an object, not an array." },
        { "{\"id\":\"L1\",\"attributes\":{\"tags\":[\"a\",\"b\"]}}", "L1", "attributes.tags: an attribute is a string, a number, a boolean, a date or null, not an array." },
        { "{\"id\":\"L1\",\"attributes\":{\"owner\":{\"name\":\"Ann\"}}}", "L1", "attributes.owner: an attribute is a string, a number, a boolean, a date or null, not an object." },
        { "{\"id\":\"L1\",\"attributes\":{\"revenue\":1e400}}", "L1", "attributes.revenue: the number is too large." },
        { "{\"id\":\"L1\",\"attributes\":\"retail\"}", "L1", "attributes: must be an object, not the string \"retail\"." },
        { "{\"id\":\"L1\",\"history\":{\"strategy\":\"proposal\"}}", "L1", "history: must be an array, not an object." },

        // unknown fields
        { "{\"id\":\"L1\",\"name\":\"Ann\"}", "L1", "name: unknown field; the fields here are id, contactPoints, consent, attributes, history." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"when\":\"2026-10-01\"}]}", "L1", "contactPoints[0].when: unknown field; " + PointFields },
        { "{\"id\":\"L1\",\"consent\":{\"sms\":true}}", "L1", "consent.sms: unknown field; the fields here are email, phone, mail." },
        { "{\"id\":\"L1\",\"history\":[{\"strategy\":\"proposal\",\"at\":\"2026-10-01\",\"by\":\"bob\"}]}", "L1", "history[0].by: unknown field; the fields here are strategy, at." },

        // the id is reported whatever comes after it, also an integer id
        { "{\"contactPoints\":[{\"type\":\"referral\",\"count\":-3}],\"id\":\"L9\"}", "L9", "contactPoints[0].count: -3 is out of range; a count is a whole number from 0 to 100,000." },
        { "{\"id\":77,\"consent\":{\"mail\":\"no\"}}", "77", "consent.mail: must be true, false or null (unknown), not the string \"no\"." },
    };

    [Fact]
    public void Parse_CommentAfterTheLead_IsIgnored()
    {
        var line = LeadJsonReader.Parse("{\"id\":\"L1\"} // imported from the old CRM", 1);

        line.Error.Should().BeNull();
        line.Lead!.Id.Should().Be("L1");
    }

    [Fact]
    public void Parse_FullLine_RoundTripsEveryField()
    {
        var line = LeadJsonReader.Parse(FullLine, 7);

        line.Error.Should().BeNull();
        line.LineNumber.Should().Be(7);
        line.Id.Should().Be("L-1");
        var lead = line.Lead!;
        lead.Should().NotBeNull();
        lead.Id.Should().Be("L-1");

        lead.ContactPoints.Should().HaveCount(4);
        var pricing = lead.ContactPoints[0];
        pricing.Type.Should().Be("pricing_view");
        pricing.At.Should().Be(new DateTimeOffset(2026, 10, 30, 9, 30, 0, TimeSpan.Zero));
        pricing.Count.Should().Be(3);
        pricing.Channel.Should().Be("web");

        var referral = lead.ContactPoints[1];
        referral.Type.Should().Be("referral");
        referral.At.Should().BeNull();
        referral.Count.Should().Be(1);
        referral.Channel.Should().BeNull();

        var visit = lead.ContactPoints[2];
        visit.At.Should().Be(new DateTimeOffset(2026, 10, 30, 9, 30, 0, TimeSpan.Zero), "an offset is converted to UTC");
        visit.At!.Value.Offset.Should().Be(TimeSpan.Zero);
        visit.Count.Should().Be(0);

        var mail = lead.ContactPoints[3];
        mail.At.Should().Be(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), "a date alone is midnight UTC");
        mail.Count.Should().Be(1, "a null count is the default");
        mail.Channel.Should().BeNull();

        lead.Consent.Email.Should().Be(ConsentState.Granted);
        lead.Consent.Phone.Should().Be(ConsentState.Denied);
        lead.Consent.Mail.Should().Be(ConsentState.Unknown);

        lead.Attributes.Should().HaveCount(3);
        lead.Attributes["industry"].Should().BeOfType<string>().Which.Should().Be("retail");
        lead.Attributes["company_size"].Should().BeOfType<double>().Which.Should().Be(250);
        lead.Attributes["revenue"].Should().BeOfType<double>().Which.Should().Be(1.5);

        lead.History.Select(u => (u.Strategy, u.At)).Should().Equal(
            ("proposal", new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero)),
            ("digital_ads", new DateTimeOffset(2026, 9, 15, 8, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("{\"id\":42}", "42")]
    [InlineData("{\"id\":0}", "0")]
    [InlineData("{\"id\":\"0042\"}", "0042")]
    [InlineData("{\"id\":12345678901234567890123}", "12345678901234567890123")]
    public void Parse_IdStringOrWholeNumber_IsReadAsText(string json, string expected)
    {
        var line = LeadJsonReader.Parse(json, 1);

        line.Error.Should().BeNull();
        line.Id.Should().Be(expected);
        line.Lead!.Id.Should().Be(expected);
    }

    [Fact]
    public void Parse_IdOnly_HasEmptyContactPointsUnknownConsentNoAttributesNoHistory()
    {
        var lead = LeadJsonReader.Parse("{\"id\":\"L1\"}", 1).Lead!;

        lead.ContactPoints.Should().BeEmpty();
        lead.Consent.Email.Should().Be(ConsentState.Unknown);
        lead.Consent.Phone.Should().Be(ConsentState.Unknown);
        lead.Consent.Mail.Should().Be(ConsentState.Unknown);
        lead.Attributes.Should().BeEmpty();
        lead.History.Should().BeEmpty();
    }

    [Fact]
    public void Parse_NullSections_AreTheirDefaults()
    {
        var line = LeadJsonReader.Parse("{\"id\":\"L1\",\"contactPoints\":null,\"consent\":null,\"attributes\":null,\"history\":null}", 1);

        line.Error.Should().BeNull();
        line.Lead!.ContactPoints.Should().BeEmpty();
        line.Lead.Consent.Mail.Should().Be(ConsentState.Unknown);
        line.Lead.Attributes.Should().BeEmpty();
        line.Lead.History.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Parse_BadLead_ReturnsExactErrorWithoutLead(string json, string? id, string error)
    {
        LeadLine? line = null;
        var parse = () => line = LeadJsonReader.Parse(json, 12);

        parse.Should().NotThrow();
        line!.Error.Should().Be(error);
        line.Lead.Should().BeNull();
        line.Id.Should().Be(id);
        line.LineNumber.Should().Be(12);
    }

    [Fact]
    public void ReadLines_MixedInput_GivesOneResultPerLineNumberedFromOne()
    {
        var text = string.Join(
            "\n",
            "{\"id\":\"A\"}",
            string.Empty,
            "{\"id\":\"B\",\"contactPoints\":[{\"type\":\"referral\",\"count\":-1}]}",
            "not json",
            "   ",
            "{\"id\":7,\"contactPoints\":[{\"type\":\"referral\"}]}") + "\n";
        using var reader = new StringReader(text);

        var lines = LeadJsonReader.ReadLines(reader).ToList();

        lines.Select(l => l.LineNumber).Should().Equal(1, 2, 3, 4, 5, 6);
        lines.Select(l => l.Id).Should().Equal("A", null, "B", null, null, "7");
        lines.Select(l => l.Lead is not null).Should().Equal(true, false, false, false, false, true);
        lines[1].Error.Should().Be("the line is blank; each line holds one lead as a JSON object.");
        lines[2].Error.Should().Be("contactPoints[0].count: -1 is out of range; a count is a whole number from 0 to 100,000.");
        lines[3].Error.Should().Be("not valid JSON at character 1: unexpected 'not'.");
        lines[4].Error.Should().Be("the line is blank; each line holds one lead as a JSON object.");
        lines[5].Lead!.ContactPoints.Single().Type.Should().Be("referral");
    }

    [Fact]
    public void ReadLines_WindowsLineEnds_AreLinesToo()
    {
        using var reader = new StringReader("{\"id\":\"A\"}\r\n\r\n{\"id\":\"C\"}");

        var lines = LeadJsonReader.ReadLines(reader).ToList();

        lines.Select(l => (l.LineNumber, l.Id)).Should().Equal((1L, "A"), (2L, null), (3L, "C"));
    }

    [Fact]
    public void ReadLines_SampleLeads_EveryLineIsALead()
    {
        using var reader = File.OpenText(RepoPaths.Samples("leads.ndjson"));

        var lines = LeadJsonReader.ReadLines(reader).ToList();

        lines.Should().HaveCount(50);
        lines.Should().OnlyContain(l => l.Error == null && l.Lead != null);
        lines.Select(l => l.Id).Should().Equal(Enumerable.Range(1, 50).Select(i => $"L{i:000}"));
    }

    [Fact]
    public void ReadLines_NullReader_Throws()
    {
        var read = () => LeadJsonReader.ReadLines(null!);

        read.Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }
}
