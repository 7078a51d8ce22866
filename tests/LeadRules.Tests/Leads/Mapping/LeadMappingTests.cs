using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using LeadRules.Leads.Mapping;
using LeadRules.Rules;
using Xunit;

namespace LeadRules.Tests.Leads.Mapping;

public class LeadMappingTests
{
    private const string Minimal = "{ \"ContactPoints\": [ { \"Column\": \"visits\", \"Count\": \"website_visit\" } ] }";

    public static TheoryData<string, string[]> BadMappings() => new()
    {
        { "{ \"ContactPoints\": [ ] } garbage", new[] { "mapping.json:1:25: not valid JSON: Additional text encountered after finished reading JSON content: g." } },
        { "{ \"ContactPoints\": [ ", new[] { "mapping.json:1:21: not valid JSON: Unexpected end of content while loading JObject." } },
        { "[ ]", new[] { "mapping.json:1:1: a mapping is one JSON object: { ... }, not an array." } },
        { "{ }", new[] { "mapping.json:1:1: missing field 'ContactPoints'." } },
        {
            "{ \"Contactpoints\": [], \"Extra\": 1 }",
            new[]
            {
                "mapping.json:1:1: missing field 'ContactPoints'.",
                "mapping.json:1:3: unknown field 'Contactpoints'; field names are case-sensitive: did you mean 'ContactPoints'?",
                "mapping.json:1:24: unknown field 'Extra'; the fields here are Csv, Id, Label, UnmappedValues, Time, ContactPoints, Consent, Attributes.",
            }
        },
        {
            "{ \"ContactPoints\": [ { \"column\": \"a\", \"Count\": \"referral\" } ] }",
            new[]
            {
                "mapping.json:1:22: missing field 'ContactPoints[0].Column'.",
                "mapping.json:1:24: unknown field 'ContactPoints[0].column'; field names are case-sensitive: did you mean 'Column'?",
            }
        },
        { "{ \"ContactPoints\": {} }", new[] { "mapping.json:1:3: 'ContactPoints' must be an array, not an object." } },
        { "{ \"ContactPoints\": [ \"visits\" ] }", new[] { "mapping.json:1:29: each entry of 'ContactPoints' must be an object, not the string \"visits\"." } },
    };

    [Theory]
    [MemberData(nameof(BadMappings))]
    public void Parse_BadMapping_ListsEveryProblemLocated(string json, string[] expected)
    {
        var act = () => LeadMapping.Parse(json);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(expected);
    }

    [Fact]
    public void Parse_MappingWithManyProblems_ListsEachInFileOrder()
    {
        var json = string.Join("\n",
            "{",
            "  \"Csv\": { \"Delimiter\": \";;\", \"Quote\": 5, \"Header\": true },",
            "  \"Id\": { \"Column\": \"\" },",
            "  \"Label\": { \"Column\": \"y\" },",
            "  \"UnmappedValues\": \"warn\",",
            "  \"ContactPoints\": [",
            "    { \"Column\": \"a\" },",
            "    { \"Column\": \"b\", \"Count\": \"x\", \"Values\": { \"v\": \"t\" } },",
            "    { \"Column\": \"c\", \"Values\": {}, \"Ignore\": [ 1 ] },",
            "    { \"Column\": \"d\", \"Values\": { \"v\": 7 } },",
            "    { \"Column\": \"e\", \"YesNo\": { \"Type\": \"newsletter_signup\", \"No\": [ \"no\" ] } },",
            "    { \"Column\": \"f\", \"Count\": \"referral\", \"Ignore\": [ \"x\" ], \"Time\": { \"Column\": \"g\", \"Format\": \"HH:mm\" } },",
            "    { \"Column\": \"f\", \"Count\": \"referral\", \"Time\": { \"AgeDaysColumn\": \"g\", \"AgeDays\": 3 } },",
            "    { \"Column\": \"f\", \"Count\": \"referral\", \"Time\": { \"AgeDays\": -1, \"Missing\": [ \"-1\" ] } },",
            "    { \"Column\": \"f\", \"Count\": \"referral\", \"Time\": { \"Column\": \"g\", \"Format\": \"yyyy-MM-dd %\" } },",
            "    { \"Column\": \"f\", \"Count\": \"referral\", \"Time\": { } },",
            "    { \"Column\": \"h\", \"Values\": { \"x\": \"referral\" }, \"Ignore\": [ \"x\" ] }",
            "  ],",
            "  \"Consent\": [ { \"Column\": \"c\", \"Channel\": \"fax\" }, { \"Column\": \"c\", \"Channel\": \"phone\", \"Granted\": [\"y\"], \"Refused\": [\"y\"] }, { \"Column\": \"c\", \"Channel\": \"phone\" } ],",
            "  \"Attributes\": [ { \"Column\": \"age\", \"Type\": \"integer\" }, { \"Column\": \"age\", \"Type\": \"number\", \"Format\": \"yyyy-MM-dd\" }, { \"Column\": \"x\", \"Name\": \"age\", \"Type\": \"string\", \"True\": [\"1\"] } ]",
            "}");

        var act = () => LeadMapping.Parse(json, "bad.json");

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.json:2:12: 'Csv.Delimiter' must be one ASCII character other than a line break, not the string \";;\".",
            "bad.json:2:31: 'Csv.Quote' must be one ASCII character other than a line break, not the number 5.",
            "bad.json:2:43: unknown field 'Csv.Header'; the fields here are Delimiter, Quote.",
            "bad.json:3:11: 'Id.Column' must be a non-empty string, not the string \"\".",
            "bad.json:4:12: missing field 'Label.Positive'.",
            "bad.json:5:3: 'UnmappedValues' must be \"error\" or \"ignore\", not \"warn\".",
            "bad.json:7:5: 'ContactPoints[0]' needs one of Values (a categorical column), Count (a numeric column) or YesNo (a yes/no column).",
            "bad.json:8:22: 'ContactPoints[1]' has both Values and Count; give one of Values, Count or YesNo.",
            "bad.json:9:22: 'ContactPoints[2].Values' is empty; map each value of the column to a contact-point type.",
            "bad.json:9:48: each entry of 'ContactPoints[2].Ignore' must be a string, not the number 1.",
            "bad.json:10:34: 'ContactPoints[3].Values.v' must name a contact-point type, not the number 7.",
            "bad.json:11:31: 'ContactPoints[4].YesNo.Yes' must list the values that mean yes.",
            "bad.json:12:43: 'ContactPoints[5].Ignore' is only read with Values; a YesNo column lists its No values instead.",
            "bad.json:12:87: 'ContactPoints[5].Time.Format' \"HH:mm\" is not a usable date format: it needs the year (yyyy), the month (MM) and the day (dd). Use a .NET custom format such as yyyy-MM-dd HH:mm:ss.",
            "bad.json:13:75: 'ContactPoints[6].Time' has both AgeDaysColumn and AgeDays; give one of Column, AgeDaysColumn or AgeDays.",
            "bad.json:14:53: 'ContactPoints[7].Time.AgeDays' must be from 0 to 36,500 days, not -1.",
            "bad.json:14:68: 'ContactPoints[7].Time.Missing' is only read with AgeDaysColumn (a column of ages in days).",
            "bad.json:15:68: 'ContactPoints[8].Time.Format' \"yyyy-MM-dd %\" is not a usable date format: it is not a valid .NET date format string. Use a .NET custom format such as yyyy-MM-dd HH:mm:ss.",
            "bad.json:16:51: 'ContactPoints[9].Time' needs one of Column (a date column), AgeDaysColumn (a column of ages in days) or AgeDays (a fixed age).",
            "bad.json:17:53: the value \"x\" is listed both as a contact point and in Ignore; list it once.",
            "bad.json:19:33: unknown consent channel 'fax'; the channels are email, phone, mail.",
            "bad.json:19:108: 'Consent[1].Refused' lists \"y\" again; list each value once, in Granted, Refused or Unknown.",
            "bad.json:19:145: consent channel 'phone' is mapped twice; map each channel from one column.",
            "bad.json:20:38: unknown attribute type 'integer'; the types are string, number, boolean, date.",
            "bad.json:20:96: 'Attributes[1].Format' is only read for a date attribute (\"Type\": \"date\").",
            "bad.json:20:139: attribute 'age' is mapped twice; give each attribute its own 'Name'.",
            "bad.json:20:172: 'Attributes[2].True' and 'Attributes[2].False' are only read for a boolean attribute (\"Type\": \"boolean\").");
    }

    [Fact]
    public void Parse_Refused_MessageNamesTheSourceAndEveryProblem()
    {
        var act = () => LeadMapping.Parse("{ }", "m.json");

        act.Should().Throw<MappingException>().WithMessage(
            "Mapping 'm.json' was refused with 1 problem; fix each and try again:" + Environment.NewLine + "  m.json:1:1: missing field 'ContactPoints'.");
    }

    [Fact]
    public void Parse_CommentsAndSchema_AreAccepted()
    {
        var mapping = LeadMapping.Parse("// a mapping\n{ \"$schema\": \"x\", /* inline */ \"ContactPoints\": [ { \"Column\": \"v\", \"Count\": \"website_visit\" } ] } // after");

        mapping.ContactPointTypes.Should().Equal("website_visit");
        mapping.Source.Should().Be("mapping.json");
    }

    [Fact]
    public void ContactPointTypes_SharedAndRepeated_ListedOnceInFileOrder()
    {
        var mapping = LeadMapping.Parse("{ \"ContactPoints\": [ { \"Column\": \"o\", \"Values\": { \"a\": \"referral\", \"b\": \"review_view\", \"c\": \"referral\" } }, { \"Column\": \"n\", \"YesNo\": { \"Type\": \"newsletter_signup\", \"Yes\": [ \"yes\" ] } } ] }");

        mapping.ContactPointTypes.Should().Equal("referral", "review_view", "newsletter_signup");
    }

    [Fact]
    public void Check_TypesTheVocabularyLacks_AreLocatedInTheMapping()
    {
        var mapping = LeadMapping.Parse("{ \"ContactPoints\": [\n  { \"Column\": \"o\", \"Values\": { \"success\": \"prior_success\", \"x\": \"referral\" } },\n  { \"Column\": \"c\", \"Count\": \"campaign_call\" } ] }", "bank.json");

        var problems = mapping.Check(RuleSet.Default.Vocabulary);

        problems.Select(p => p.ToString()).Should().Equal(
            "bank.json:2:43: 'prior_success' is not a contact-point type of the rule set's vocabulary; fix the type or add it to the rule set's Vocabulary.ContactPointTypes.",
            "bank.json:3:29: 'campaign_call' is not a contact-point type of the rule set's vocabulary; fix the type or add it to the rule set's Vocabulary.ContactPointTypes.");
    }

    [Fact]
    public void Check_EveryTypeKnown_IsEmpty()
    {
        LeadMapping.Parse(Minimal).Check(RuleSet.Default.Vocabulary).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    public void Parse_EmptyFile_IsOneProblemSayingSo(string json)
    {
        var act = () => LeadMapping.Parse(json);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "mapping.json:1:1: the file is empty; a mapping is one JSON object: { ... }.");
    }

    [Fact]
    public void Load_Directory_IsOneProblemSayingItIsADirectory()
    {
        var path = RepoPaths.Samples("bank-marketing");

        var act = () => LeadMapping.Load(path);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            $"{path}: the mapping file is a directory; give the path of a JSON file.");
    }

    [Fact]
    public void Load_MissingFile_IsOneProblemNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-mapping-" + Guid.NewGuid().ToString("N") + ".json");

        var act = () => LeadMapping.Load(path);

        act.Should().Throw<MappingException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().StartWith($"{path}: cannot read the mapping file: ");
    }

    [Fact]
    public void Load_StreamWithByteOrderMark_ReadsTheMapping()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray());

        var mapping = LeadMapping.Load(stream, "bom.json");

        mapping.Source.Should().Be("bom.json");
        mapping.ContactPointTypes.Should().Equal("website_visit");
    }

    [Fact]
    public void Load_StreamNotUtf8_IsRefused()
    {
        using var stream = new MemoryStream(new byte[] { 0x7b, 0xff, 0xfe, 0x7d });

        var act = () => LeadMapping.Load(stream, "latin.json");

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString())
            .Should().Equal("latin.json:1:1: the mapping file is not UTF-8 text; save it as UTF-8.");
    }

    [Fact]
    public void Parse_LargerThanTheLimit_IsRefused()
    {
        var json = Minimal + new string(' ', Limits.RuleFileBytes);

        var act = () => LeadMapping.Parse(json, "big.json");

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString())
            .Should().Equal("big.json:1:1: the mapping file is larger than the limit of 1,048,576 bytes.");
    }

    [Fact]
    public void Load_SampleBankMapping_GivesTheBankTypes()
    {
        var mapping = LeadMapping.Load(RepoPaths.Samples(Path.Combine("bank-marketing", "mapping.json")));

        mapping.ContactPointTypes.Should().Equal("campaign_call", "previous_call", "prior_success", "prior_failure", "prior_other");
    }
}
