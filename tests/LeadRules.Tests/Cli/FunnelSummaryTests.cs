using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Cli.Output;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary>The funnel on stderr stays a table: counts right-aligned under "leads" whatever their number of digits.</summary>
public sealed class FunnelSummaryTests
{
    [Fact]
    public void WriteTable_FiftyLeads_CountsUnderTheHeader()
    {
        var lines = Table(new long[] { 22, 26, 2 }, new long[] { 48, 2 }, 50);

        lines.Should().Equal(
            "funnel           leads   share",
            "cold                22   44.0%",
            "warm                26   52.0%",
            "qualified            2    4.0%",
            "owner marketing     48   96.0%",
            "owner sales          2    4.0%");
    }

    [Fact]
    public void WriteTable_MillionsOfLeads_ColumnsStayAligned()
    {
        var lines = Table(new long[] { 11_000_000, 1_234_567, 5 }, new long[] { 12_234_567, 5 }, 12_234_572);

        lines.Should().Equal(
            "funnel             leads   share",
            "cold            11000000   89.9%",
            "warm             1234567   10.1%",
            "qualified              5    0.0%",
            "owner marketing 12234567  100.0%",
            "owner sales            5    0.0%");
        lines.Select(l => l.Length).Distinct().Should().ContainSingle("every row ends where the header does");
    }

    private static string[] Table(long[] temperatures, long[] owners, long scored)
    {
        var output = new StringWriter { NewLine = "\n" };
        FunnelSummary.WriteTable(output, temperatures, owners, scored);
        return output.ToString().TrimEnd('\n').Split('\n');
    }
}
