using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;
using Xunit;

namespace LeadRules.Tests.Leads.Mapping;

public class CsvLeadReaderColumnTests
{
    private const string LabelMapping = "{ \"Label\": { \"Column\": \"y\", \"Positive\": [ \"yes\" ] }, \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }";

    [Fact]
    public void ReadLines_ConsentColumns_GrantedRefusedUnknown()
    {
        const string mapping = "{ \"ContactPoints\": [], \"Consent\": ["
            + " { \"Column\": \"contact\", \"Channel\": \"phone\", \"Granted\": [ \"cellular\", \"telephone\" ], \"Refused\": [ \"do not call\" ], \"Unknown\": [ \"unknown\" ] },"
            + " { \"Column\": \"optin\", \"Channel\": \"email\", \"Granted\": [ \"Y\" ], \"Refused\": [ \"N\" ] } ] }";

        var lines = CsvText.Read(mapping, "contact,optin\ncellular,Y\ntelephone,N\ndo not call,\nunknown,Y\n,\nfax,Y\n");

        lines.Select(l => l.Error ?? $"{l.Lead!.Consent.Phone}/{l.Lead.Consent.Email}/{l.Lead.Consent.Mail}").Should().Equal(
            "Granted/Granted/Unknown", "Granted/Denied/Unknown", "Denied/Unknown/Unknown", "Unknown/Granted/Unknown", "Unknown/Unknown/Unknown",
            "column 'contact': 'fax' is not a Granted, Refused or Unknown value; add it to one of them, or set \"UnmappedValues\": \"ignore\".");
    }

    [Fact]
    public void ReadLines_AttributesOfEachType_StringsNumbersBooleansIsoDates()
    {
        const string mapping = "{ \"ContactPoints\": [], \"Attributes\": ["
            + " { \"Column\": \"job\", \"Type\": \"string\" },"
            + " { \"Column\": \"age\", \"Name\": \"age_years\", \"Type\": \"number\" },"
            + " { \"Column\": \"housing\", \"Type\": \"boolean\" },"
            + " { \"Column\": \"vip\", \"Type\": \"boolean\", \"True\": [ \"gold\" ], \"False\": [ \"none\" ] },"
            + " { \"Column\": \"since\", \"Type\": \"date\" },"
            + " { \"Column\": \"seen\", \"Type\": \"date\", \"Format\": \"dd/MM/yyyy HH:mm\" } ] }";

        var lines = CsvText.Read(mapping, "job,age,housing,vip,since,seen\nadmin.,-1.5e1,YES,GOLD,2026-10-01,31/10/2026 14:30\n,,0,none,2026-10-01T12:00:00+02:00,\n");

        lines[0].Lead!.Attributes.Should().Equal(new Dictionary<string, object>
        {
            ["job"] = "admin.", ["age_years"] = -15.0, ["housing"] = "true", ["vip"] = "true", ["since"] = "2026-10-01T00:00:00Z", ["seen"] = "2026-10-31T14:30:00Z",
        });
        lines[1].Lead!.Attributes.Should().Equal(new Dictionary<string, object>
        {
            ["housing"] = "false", ["vip"] = "false", ["since"] = "2026-10-01T10:00:00Z",
        });
    }

    [Fact]
    public void ReadLines_BadAttributeValues_RowErrorsNamingColumnAndValue()
    {
        const string mapping = "{ \"ContactPoints\": [], \"Attributes\": ["
            + " { \"Column\": \"age\", \"Type\": \"number\" }, { \"Column\": \"housing\", \"Type\": \"boolean\" }, { \"Column\": \"since\", \"Type\": \"date\" } ] }";

        var lines = CsvText.Read(mapping, "age,housing,since\n1 000,yes,\nNaN,yes,\n42,maybe,\n42,no,01/10/2026\n");

        lines.Select(l => l.Error).Should().Equal(
            "column 'age': '1 000' is not a number.",
            "column 'age': 'NaN' is not a number.",
            "column 'housing': 'maybe' is not a True or False value; add it to one of them, or set \"UnmappedValues\": \"ignore\".",
            "column 'since': '01/10/2026' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.");
    }

    [Fact]
    public void ReadLines_LabelColumn_ConvertedTrueFalseOrUnknown()
    {
        var lines = CsvText.Read(LabelMapping, "n,y\n1,yes\n1,no\n1,\n1,YES\nx,yes\n", out var summary);

        lines.Select(l => l.Converted).Should().Equal(true, false, null, false, true);
        (summary.Converted, summary.NotConverted).Should().Be((2L, 2L));
    }

    [Fact]
    public void ReadLines_NoLabel_ConvertedIsNullAndKeptEmpty()
    {
        var lines = CsvText.Read("{ \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }", "n,y\n1,yes\n");

        lines.Single().Converted.Should().BeNull();
        lines.Single().Kept.Should().BeEmpty();
    }

    [Fact]
    public void ReadLines_LabelOverride_UsesTheOptionsColumnAndValues()
    {
        var options = new CsvLeadReaderOptions { LabelColumn = "won", PositiveLabels = new[] { "1", "true" } };

        var lines = CsvText.Read(LabelMapping, "n,y,won\n1,yes,0\n1,no,1\n1,no,true\n", options);

        lines.Select(l => l.Converted).Should().Equal(false, true, true);
    }

    [Fact]
    public void ReadLines_PositiveOverrideOnly_KeepsTheMappingsColumn()
    {
        var options = new CsvLeadReaderOptions { PositiveLabels = new[] { "no" } };

        var lines = CsvText.Read(LabelMapping, "n,y\n1,yes\n1,no\n", options);

        lines.Select(l => l.Converted).Should().Equal(false, true);
    }

    [Fact]
    public void ReadLines_KeepColumns_RawValuesInTheOrderAsked()
    {
        var options = new CsvLeadReaderOptions { Keep = new[] { "y", "note", "n" } };

        var lines = CsvText.Read(LabelMapping, "n,note,y\n1,\"a, b\",yes\n2.5,x,no\n3\n", options);

        lines.Select(l => string.Join("|", l.Kept)).Should().Equal("yes|a, b|1", "no|x|2.5", "||3");
        lines[1].Error.Should().Be("column 'n': '2.5' is not a whole number of contact points.");
        lines[1].Converted.Should().BeFalse();
    }

    [Fact]
    public void Constructor_KeptOrLabelColumnNotInHeader_NamesTheHeadersColumns()
    {
        var options = new CsvLeadReaderOptions { Keep = new[] { "n", "email" }, LabelColumn = "Won", PositiveLabels = new[] { "1" } };

        var act = () => new CsvLeadReader(LeadMapping.Parse(LabelMapping, "m.json"), new StringReader("n,y,won\n"), CsvText.AsOf, options);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "m.json: kept column 'email' is not in the CSV header; the header's columns are n, y, won.",
            "m.json: label column 'Won' is not in the CSV header (names are case-sensitive: did you mean 'won'?); the header's columns are n, y, won.");
    }

    [Fact]
    public void Constructor_HeaderSplitOnAnotherDelimiter_OneProblemNamingTheDelimiter()
    {
        var mapping = LeadMapping.Parse("{ \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"referral\" }, { \"Column\": \"m\", \"Count\": \"referral\" } ] }", "m.json");

        var act = () => new CsvLeadReader(mapping, new StringReader("\"n\";\"m\"\n1;2\n"), CsvText.AsOf, options: null);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "m.json:1:1: the CSV header is one column ('n;\"m\"'); the file seems to use ';' as its delimiter, not ',': set \"Csv\": { \"Delimiter\": \";\" }.");
    }

    [Fact]
    public void Constructor_LabelColumnWithoutPositiveValues_Throws()
    {
        var options = new CsvLeadReaderOptions { LabelColumn = "y" };

        var act = () => new CsvLeadReader(LeadMapping.Parse("{ \"ContactPoints\": [] }"), new StringReader("n,y\n"), CsvText.AsOf, options);

        act.Should().Throw<ArgumentException>().WithMessage("The label column 'y' needs the values that mean converted: set PositiveLabels.*");
    }
}
