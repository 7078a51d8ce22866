using System.Linq;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Leads.Mapping;

public class CsvLeadReaderPointTests
{
    [Fact]
    public void ReadLines_ValuesColumn_MapsNamedValuesIgnoresTheRestListed()
    {
        const string mapping = "{ \"ContactPoints\": [ { \"Column\": \"o\", \"Values\": { \"success\": \"purchase\", \"won\": \"purchase\", \"failure\": \"not_interested\" }, \"Ignore\": [ \"unknown\" ] } ] }";

        var lines = CsvText.Read(mapping, "o\nsuccess\nwon\nfailure\nunknown\n\"\"\nmaybe\n");

        lines.Select(CsvText.Describe).Should().Equal(
            "purchase@-", "purchase@-", "not_interested@-", string.Empty, string.Empty,
            "column 'o': 'maybe' is not a value the mapping names; add it to Values or Ignore, or set \"UnmappedValues\": \"ignore\".");
    }

    [Fact]
    public void ReadLines_UnmappedValuesIgnored_NoErrorButCounted()
    {
        const string mapping = "{ \"UnmappedValues\": \"ignore\", \"ContactPoints\": [ { \"Column\": \"o\", \"Values\": { \"success\": \"purchase\" } } ] }";

        var lines = CsvText.Read(mapping, "o\nmaybe\nsuccess\nmaybe\nnever\n", out var summary);

        lines.Select(CsvText.Describe).Should().Equal(string.Empty, "purchase@-", string.Empty, string.Empty);
        summary.RowsWithErrors.Should().Be(0);
        var column = summary.Columns.Should().ContainSingle().Subject;
        column.Column.Should().Be("o");
        column.Unmapped.Should().Be(3);
        column.Errors.Should().Be(0);
        column.UnmappedValues.Select(v => v.ToString()).Should().Equal("'maybe': 2", "'never': 1");
    }

    [Fact]
    public void ReadLines_CountColumn_OnePointWithThatCount()
    {
        const string mapping = "{ \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }";

        var lines = CsvText.Read(mapping, "n\n3\n1\n0\n\n3.0\n1e2\n100000\n", out var summary);

        lines.Select(CsvText.Describe).Should().Equal("email_open@-*3", "email_open@-", string.Empty, string.Empty, "email_open@-*3", "email_open@-*100", "email_open@-*100000");
        summary.Columns.Should().BeEmpty();
    }

    [Fact]
    public void ReadLines_BadCounts_RowErrorsNamingColumnAndValue()
    {
        const string mapping = "{ \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"email_open\" } ] }";

        var lines = CsvText.Read(mapping, "n\n2.5\n-1\nmany\n100001\n\"1,5\"\n-0.5\n", out var summary);

        lines.Select(CsvText.Describe).Should().Equal(
            "column 'n': '2.5' is not a whole number of contact points.",
            "column 'n': '-1' is negative; a count of contact points is 0 or more.",
            "column 'n': 'many' is not a number.",
            "column 'n': '100001' is more than the limit of 100,000 contact points.",
            "column 'n': '1,5' is not a number.",
            "column 'n': '-0.5' is not a whole number of contact points.");
        var column = summary.Columns.Should().ContainSingle().Subject;
        (column.Errors, column.Fractions, column.Unmapped).Should().Be((6L, 2L, 0L));
        summary.RowsWithErrors.Should().Be(6);
    }

    [Fact]
    public void ReadLines_YesNoColumn_OnePointForYes()
    {
        const string mapping = "{ \"ContactPoints\": [ { \"Column\": \"s\", \"YesNo\": { \"Type\": \"newsletter_signup\", \"Yes\": [ \"yes\", \"1\" ], \"No\": [ \"no\", \"0\" ] } } ] }";

        var lines = CsvText.Read(mapping, "s\nyes\n1\nno\n0\n\"\"\nYES\n");

        lines.Select(CsvText.Describe).Should().Equal(
            "newsletter_signup@-", "newsletter_signup@-", string.Empty, string.Empty, string.Empty,
            "column 's': 'YES' is neither a Yes nor a No value; add it to one of them, or set \"UnmappedValues\": \"ignore\".");
    }

    [Fact]
    public void ReadLines_DateColumn_IsoByDefaultExactFormatWhenGiven()
    {
        const string mapping = "{ \"ContactPoints\": ["
            + " { \"Column\": \"a\", \"Count\": \"website_visit\", \"Time\": { \"Column\": \"iso\" } },"
            + " { \"Column\": \"b\", \"Count\": \"pricing_view\", \"Time\": { \"Column\": \"local\", \"Format\": \"yyyy-MM-dd HH:mm:ss\" } } ] }";

        var lines = CsvText.Read(mapping, "a,iso,b,local\n1,2026-10-31,1,2026-10-30 12:00:00\n1,2026-10-31T12:00:00+02:00,0,junk\n1,,1,\n1,31/10/2026,0,\n0,junk,1,2026-10-31\n");

        lines.Select(CsvText.Describe).Should().Equal(
            "website_visit@1 pricing_view@1.5",
            "website_visit@0.5833333333333334",
            "website_visit@- pricing_view@-",
            "column 'iso': '31/10/2026' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.",
            "column 'local': '2026-10-31' is not a time in the format yyyy-MM-dd HH:mm:ss.");
    }

    [Fact]
    public void ReadLines_AgeDaysColumn_CountsBackFromAsOf()
    {
        const string mapping = "{ \"ContactPoints\": [ { \"Column\": \"n\", \"Count\": \"direct_mail\", \"Time\": { \"AgeDaysColumn\": \"days\", \"Missing\": [ \"-1\", \"n/a\" ] } } ] }";

        var lines = CsvText.Read(mapping, "n;days\n1;10\n2;0.5\n1;-1\n1;n/a\n1;\n1;-2\n1;36501\n1;soon\n0;soon\n".Replace(';', ','));

        lines.Select(CsvText.Describe).Should().Equal(
            "direct_mail@10", "direct_mail@0.5*2", "direct_mail@-", "direct_mail@-", "direct_mail@-",
            "column 'days': '-2' is not an age from 0 to 36,500 days; list the values that mean undated in Missing.",
            "column 'days': '36501' is not an age from 0 to 36,500 days; list the values that mean undated in Missing.",
            "column 'days': 'soon' is not a number of days.",
            string.Empty);
    }

    [Fact]
    public void ReadLines_FixedAgeAndDefaultTime_DateEveryPoint()
    {
        const string mapping = "{ \"Time\": { \"AgeDays\": 30 }, \"ContactPoints\": ["
            + " { \"Column\": \"a\", \"Count\": \"email_open\" },"
            + " { \"Column\": \"b\", \"Count\": \"email_click\", \"Time\": { \"AgeDays\": 0 } } ] }";

        var lines = CsvText.Read(mapping, "a,b\n1,2\n");

        lines.Select(CsvText.Describe).Should().Equal("email_open@30 email_click@0*2");
    }

    [Fact]
    public void ReadLines_NoTime_PointsAreUndated()
    {
        var lines = CsvText.Read("{ \"ContactPoints\": [ { \"Column\": \"a\", \"Count\": \"email_open\" } ] }", "a\n4\n");

        lines.Single().Lead!.ContactPoints.Single().At.Should().BeNull();
    }
}
