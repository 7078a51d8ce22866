using System;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>score</c> holds a bounded number of bytes of input whatever the line lengths.</summary>
public sealed class LongLinesTests
{
    /// <summary>The most the process may reach; a chunk counted only in lines would hold all the lines, over 2 GB.</summary>
    private const int PeakMegabytes = 400;

    [Fact]
    public void Score_AThousandLinesOfAMegabyte_PeakMemoryStaysBoundedAndEveryLineHasItsRow()
    {
        const int lines = 1_000;
        var note = new string('x', 1_000_000);

        var result = CliProcess.Run("score --in - --as-of 2026-11-01T00:00:00Z", stdin =>
        {
            for (var i = 0; i < lines; i++)
            {
                stdin.Write($"{{\"id\":\"L-{i}\",\"attributes\":{{\"note\":\"{note}\"}}}}\n");
            }
        });

        result.ExitCode.Should().Be(3, result.Error);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(lines + 1)
            .And.HaveElementAt(lines, $"L-{lines - 1},,,,,,\"line {lines}: attributes.note: longer than 1,000 characters.\"");
        var peak = int.Parse(Regex.Match(result.Error, @"peak memory (\d+) MB").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        peak.Should().BeLessThan(PeakMegabytes);
    }
}
