using FluentAssertions;
using Xunit;

namespace LeadRules.Tests.Cli;

public class ScoreInputTests
{
    private const string Lead = "{\"id\":\"b\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-10-01\"}]}";

    [Fact]
    public void Score_ByteOrderMarkOnStdin_IsSkipped()
    {
        var result = CliProcess.Run("score --in - --as-of 2026-11-01T00:00:00Z", "\ufeff" + Lead + "\n" + Lead.Replace("\"b\"", "\"c\"") + "\n");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\nb,warm,").And.Contain("\nc,warm,");
    }

    [Theory]
    [InlineData("2026-11-01")]
    [InlineData("2026-11-01T00:00:00Z")]
    [InlineData("2026-11-01T01:00:00+01:00")]
    [InlineData("\"2026-11-01 00:00:00\"")]
    [InlineData("20261101T000000Z")]
    [InlineData("2026-11-01T00:00:00.000Z")]
    public void Score_AsOfInAnyAcceptedForm_IsEchoedAsGivenAndScoresTheSame(string asOf)
    {
        var result = CliProcess.Run($"score --in - --as-of {asOf}", Lead + "\n");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\nb,warm,13.31,marketing,");
        result.Error.Should().Contain($"scored 1 of 1 leads (0 with errors) as of {asOf.Trim('"')} with default 1.0.0");
    }

    [Fact]
    public void Score_AsOfOmitted_EchoesNowInIso()
    {
        var result = CliProcess.Run("score --in -", Lead + "\n");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().MatchRegex(@"as of \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z with default");
    }
}
