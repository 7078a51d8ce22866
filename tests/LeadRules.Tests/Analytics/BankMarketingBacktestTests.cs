using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using LeadRules.Tests.Cli;
using Newtonsoft.Json.Linq;
using Xunit;

namespace LeadRules.Tests.Analytics;

/// <summary>
/// <c>leadrules backtest</c> on the real bank-marketing export through the sample mapping and rules, checked against
/// figures computed here from the raw file, without the library.
/// </summary>
public sealed class BankMarketingBacktestTests
{
    private const string Rules = "--mapping samples/bank-marketing/mapping.json --rules samples/bank-marketing/rules.json --as-of 2010-12-01T00:00:00Z";

    private static readonly Lazy<RawExport> Raw = new(RawExport.Read);
    private static readonly Lazy<JObject> Json = new(() => JObject.Parse(Run("backtest", "--format json").Output));

    [Fact]
    public void Backtest_BaseRate_IsTheShareOfYesInTheFile()
    {
        var baseRate = Json.Value["baseRate"]!;

        ((long)Json.Value["leads"]!).Should().Be(Raw.Value.Rows.Count).And.Be(45_211);
        ((long)baseRate["hits"]!).Should().Be(Raw.Value.Rows.Count(r => r.Converted)).And.Be(5_289);
        Math.Round((double)baseRate["value"]!, 4).Should().Be(0.1170);
    }

    [Theory]
    [InlineData("cold")]
    [InlineData("warm")]
    [InlineData("qualified")]
    public void Backtest_Temperatures_MatchTheRulesAppliedToTheRawColumns(string temperature)
    {
        var expected = Raw.Value.Rows.Where(r => r.Temperature == temperature).ToArray();

        var segment = Json.Value["temperatures"]!.Single(t => (string?)t["name"] == temperature);

        ((long)segment["leads"]!).Should().Be(expected.Length);
        ((long)segment["conversion"]!["hits"]!).Should().Be(expected.Count(r => r.Converted));
    }

    [Fact]
    public void Backtest_Auc_EqualsTheMannWhitneyStatisticOfTheScoredRows()
    {
        var scores = Run("score", "--keep y").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(row => row.Split(','))
            .Select(cells => (Score: double.Parse(cells[2], CultureInfo.InvariantCulture), Converted: cells[^1] == "yes"))
            .ToArray();

        var auc = MannWhitneyAuc(scores);

        scores.Should().HaveCount(45_211);
        ((double)Json.Value["auc"]!["value"]!).Should().BeApproximately(auc, 1e-12);
        auc.Should().BeGreaterThan(0.6, "the sample rules separate the clients who subscribed");
    }

    [Fact]
    public void Backtest_Text_SaysConversionRisesAndFlagsTheRuleThatPointsTheWrongWay()
    {
        var text = Run("backtest", string.Empty).Output;

        text.Should().Contain("Conversion rises cold < warm < qualified: yes")
            .And.MatchRegex(@"!\s+declined_before\s+subtracts.*subtracts points but converts above the base rate");
    }

    private static CliResult Run(string command, string arguments)
    {
        var result = CliProcess.Run($"{command} --in \"{RepoPaths.BankMarketing("bank-full.csv")}\" {Rules} {arguments}");
        result.ExitCode.Should().Be(0, result.Error);
        return result;
    }

    /// <summary>The AUC by ranks: (sum of the converted leads' mid-ranks - n1(n1+1)/2) / (n1 n0).</summary>
    private static double MannWhitneyAuc(IReadOnlyList<(double Score, bool Converted)> scores)
    {
        var sorted = scores.OrderBy(s => s.Score).ToArray();
        double rankSum = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j].Score == sorted[i].Score)
            {
                j++;
            }

            var midRank = (i + 1 + j) / 2.0;
            rankSum += midRank * sorted[i..j].Count(s => s.Converted);
            i = j;
        }

        double positives = scores.Count(s => s.Converted);
        double negatives = scores.Count - positives;
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>The raw file split by hand, with the sample rules' temperatures worked out from its columns.</summary>
    private sealed record RawExport(IReadOnlyList<RawRow> Rows)
    {
        public static RawExport Read()
        {
            var lines = File.ReadAllLines(RepoPaths.BankMarketing("bank-full.csv"));
            var header = lines[0].Split(';').Select(h => h.Trim('"')).ToList();
            int Column(string name) => header.IndexOf(name);
            var (y, poutcome, previous, pdays) = (Column("y"), Column("poutcome"), Column("previous"), Column("pdays"));
            return new RawExport(lines.Skip(1).Select(line =>
            {
                var cells = line.Split(';').Select(c => c.Trim('"')).ToArray();
                var daysSince = int.Parse(cells[pdays], CultureInfo.InvariantCulture);
                var temperature = cells[poutcome] == "success" ? "qualified"
                    : int.Parse(cells[previous], CultureInfo.InvariantCulture) > 0 && daysSince >= 0 && daysSince <= 180 ? "warm"
                    : "cold";
                return new RawRow(cells[y] == "yes", temperature);
            }).ToArray());
        }
    }

    private sealed record RawRow(bool Converted, string Temperature);
}
