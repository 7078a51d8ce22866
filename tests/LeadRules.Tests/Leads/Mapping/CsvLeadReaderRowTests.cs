using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using LeadRules.Leads.Mapping;
using Xunit;

namespace LeadRules.Tests.Leads.Mapping;

public class CsvLeadReaderRowTests
{
    private const string IdMapping = "{ \"Id\": { \"Column\": \"id\" }, \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }";

    [Fact]
    public void ReadLines_HostileCsv_OneLineForEveryDataRowInOrder()
    {
        const string csv = "id,n,note\n"
            + "L1,1,plain\n"
            + "L2,2\n"
            + "L3,3,x,extra\n"
            + "\n"
            + "L4,x,bad number\n"
            + ",1,no id\n"
            + "L5,\"1\",\"a, \"\"quoted\"\"\nnote\"\n"
            + "L6,0,last";

        var lines = CsvText.Read(IdMapping, csv, out var summary);

        lines.Select(l => (l.LineNumber, l.Id, CsvText.Describe(l))).Should().Equal(
            (2L, "L1", "email_open@-"),
            (3L, "L2", "the row has 2 fields; the header has 3. Check the delimiter (',') and the quotes on this line."),
            (4L, "L3", "the row has 4 fields; the header has 3. Check the delimiter (',') and the quotes on this line."),
            (5L, null, "the line is blank; a row has the header's 3 fields."),
            (6L, "L4", "column 'n': 'x' is not a number."),
            (7L, null, "column 'id': the id is empty; every row needs one."),
            (8L, "L5", "email_open@-"),
            (10L, "L6", string.Empty));
        (summary.Rows, summary.RowsWithErrors).Should().Be((8L, 5L));
    }

    [Fact]
    public void ReadLines_NoIdColumn_IdIsTheLineTheRowStartsOn()
    {
        const string csv = "n,note\n1,\"two\nlines\"\n2,x\n";

        var lines = CsvText.Read("{ \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }", csv);

        lines.Select(l => (l.LineNumber, l.Id)).Should().Equal((2L, "row-2"), (4L, "row-4"));
        lines.Select(l => l.Lead!.Id).Should().Equal("row-2", "row-4");
    }

    [Fact]
    public void ReadLines_DelimiterAndQuoteFromTheMapping_AreUsed()
    {
        const string mapping = "{ \"Csv\": { \"Delimiter\": \"\\t\", \"Quote\": \"'\" }, \"Id\": { \"Column\": \"id\" }, \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }";

        var lines = CsvText.Read(mapping, "id\tn\n'a\tb'\t2\n'it''s'\t1\n");

        lines.Select(l => (l.Id, CsvText.Describe(l))).Should().Equal(("a\tb", "email_open@-*2"), ("it's", "email_open@-"));
    }

    [Fact]
    public void ReadLines_ByteOrderMarkInStream_HeaderReadsClean()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id;n\r\nL1;2\r\n")).ToArray();
        var mapping = LeadMapping.Parse("{ \"Csv\": { \"Delimiter\": \";\" }, \"Id\": { \"Column\": \"id\" }, \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }");
        using var stream = new MemoryStream(bytes);
        using var reader = new CsvLeadReader(mapping, stream, CsvText.AsOf, null);

        var lines = reader.ReadLines().ToList();

        reader.Header.Should().Equal("id", "n");
        lines.Select(l => (l.Id, CsvText.Describe(l))).Should().Equal(("L1", "email_open@-*2"));
    }

    [Fact]
    public void ReadLines_ByteOrderMarkInText_HeaderReadsClean()
    {
        var lines = CsvText.Read(IdMapping.Replace("\"n\"", "\"n\""), "\uFEFFid,n\nL1,1\n");

        lines.Select(l => l.Id).Should().Equal("L1");
    }

    [Theory]
    [InlineData("id,n\nL1,1\nL2,\"2\nL3,3\n")]
    [InlineData("id,n\r\nL1,\"1\"\r\nL2,\"2\"\"\r\nL3,3\r\n")]
    [InlineData("id,n\nL1,\"1\"\nL2,\"")]
    public void ReadLines_UnclosedQuote_TheRowSaysSo(string csv)
    {
        var lines = CsvText.Read(IdMapping, csv);

        lines.Select(l => (l.LineNumber, CsvText.Describe(l))).Should().Equal(
            (2L, "email_open@-"),
            (3L, "a quoted field on this row is never closed, so the rest of the file was read as this row; close the quote."));
    }

    [Fact]
    public void ReadLines_QuotedLastFieldsWithCrLf_AreClosed()
    {
        var lines = CsvText.Read(IdMapping, "\"id\",\"n\"\r\n\"L1\",\"1\"\r\n\"L2\",\"\"\r\n\"L\"\"3\",\"2\"");

        lines.Select(l => (l.Id, CsvText.Describe(l))).Should().Equal(("L1", "email_open@-"), ("L2", string.Empty), ("L\"3", "email_open@-*2"));
    }

    [Fact]
    public void ReadLines_RowPastTheSizeLimit_StopsWithAnError()
    {
        var csv = "id,n\nL1,1\nL2,\"" + new string('x', 4 * Limits.LineLength) + "\"\nL3,1\n";

        var lines = CsvText.Read(IdMapping, csv, out var summary);

        lines.Select(l => (l.LineNumber, CsvText.Describe(l))).Should().Equal(
            (2L, "email_open@-"),
            (3L, "the row is larger than the limit of 1,048,576 bytes (an unclosed quote?); reading stopped here."));
        summary.RowsWithErrors.Should().Be(1);
    }

    [Fact]
    public void Constructor_MappingColumnsNotInHeader_OneExceptionLocatingEach()
    {
        const string mapping = "{ \"Id\": { \"Column\": \"ID\" },\n  \"ContactPoints\": [ { \"Column\": \"visits\", \"Count\": \"website_visit\" } ] }";

        var act = () => new CsvLeadReader(LeadMapping.Parse(mapping, "m.json"), new StringReader("id,n\n"), CsvText.AsOf, null);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "m.json:1:21: column 'ID' is not in the CSV header (names are case-sensitive: did you mean 'id'?); the header's columns are id, n.",
            "m.json:2:34: column 'visits' is not in the CSV header; the header's columns are id, n.");
    }

    [Fact]
    public void Constructor_EmptyInput_SaysThereIsNoHeader()
    {
        var act = () => new CsvLeadReader(LeadMapping.Parse(IdMapping, "m.json"), new StringReader(string.Empty), CsvText.AsOf, null);

        act.Should().Throw<MappingException>().Which.Problems.Select(p => p.Message).Should().Equal(
            "column 'id' is not in the CSV header; the CSV has no header row.",
            "column 'n' is not in the CSV header; the CSV has no header row.");
    }

    [Fact]
    public void ReadLines_Twice_Throws()
    {
        using var reader = new CsvLeadReader(LeadMapping.Parse(IdMapping), new StringReader("id,n\nL1,1\n"), CsvText.AsOf, null);
        reader.ReadLines().ToList();

        var act = () => reader.ReadLines();

        act.Should().Throw<InvalidOperationException>().WithMessage("The rows of a CsvLeadReader can be read once; create another reader to read them again.");
    }

    [Fact]
    public void Summary_ManyUnmappedValues_MostFrequentFirstAtMostTwenty()
    {
        const string mapping = "{ \"UnmappedValues\": \"ignore\", \"ContactPoints\": [ { \"Column\": \"o\", \"Values\": { \"hit\": \"purchase\" } } ] }";
        var csv = "o\n" + string.Concat(Enumerable.Range(0, 30).Select(i => string.Concat(Enumerable.Repeat($"v{i:00}\n", i + 1))));

        CsvText.Read(mapping, csv, out var summary);

        var column = summary.Columns.Single();
        column.Unmapped.Should().Be(465);
        column.UnmappedValues.Should().HaveCount(CsvReadSummary.TopValues);
        column.UnmappedValues.Select(v => v.ToString()).Take(3).Should().Equal("'v29': 30", "'v28': 29", "'v27': 28");
    }
}
