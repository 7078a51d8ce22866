using System.Linq;
using FluentAssertions;
using LeadRules.Rules;
using LeadRules.Tests.Rules;
using Newtonsoft.Json;
using Xunit;

namespace LeadRules.Tests.Security;

/// <summary>Members whose answer depends on the host's time zone, culture or processor are refused, each naming what to write instead.</summary>
public class HostDependentExpressionTests
{
    private const string Compares = "which compares text by the host's culture";
    private const string Formats = "which formats by the host's culture";
    private const string Zone = "which depends on the host's time zone";
    private const string IgnoreCase = ", or StringComparison.OrdinalIgnoreCase to ignore case.";

    public static TheoryData<string, string> Refused() => new()
    {
        { "lead.Id.IndexOf(\"-\") > 0", $"uses System.String.IndexOf(String), {Compares}: write IndexOf(value, StringComparison.Ordinal){IgnoreCase}" },
        { "lead.Id.IndexOf(\"-\", 1) > 0", $"uses System.String.IndexOf(String, Int32), {Compares}: write IndexOf(value, StringComparison.Ordinal){IgnoreCase}" },
        { "lead.Id.LastIndexOf(\"-\") > 0", $"uses System.String.LastIndexOf(String), {Compares}: write LastIndexOf(value, StringComparison.Ordinal){IgnoreCase}" },
        { "lead.Id.StartsWith(\"L\")", $"uses System.String.StartsWith(String), {Compares}: write StartsWith(value, StringComparison.Ordinal){IgnoreCase}" },
        { "lead.Id.EndsWith(\"1\")", $"uses System.String.EndsWith(String), {Compares}: write EndsWith(value, StringComparison.Ordinal){IgnoreCase}" },
        { "lead.Id.CompareTo(\"M\") < 0", $"uses System.String.CompareTo(String), {Compares}: write string.CompareOrdinal(a, b)." },
        { "string.Compare(lead.Id, \"M\") < 0", $"uses System.String.Compare(String, String), {Compares}: write string.CompareOrdinal(a, b)." },
        { "string.Compare(lead.Id, \"M\", true) < 0", $"uses System.String.Compare(String, String, Boolean), {Compares}: write string.CompareOrdinal(a, b)." },
        { "lead.Id.StartsWith(\"L\", StringComparison.CurrentCulture)", $"uses StringComparison.CurrentCulture, {Compares}: write StringComparison.Ordinal{IgnoreCase}" },
        { "lead.Id.Equals(\"l1\", StringComparison.InvariantCultureIgnoreCase)", $"uses StringComparison.InvariantCultureIgnoreCase, {Compares}: write StringComparison.Ordinal{IgnoreCase}" },
        { "lead.Id.EndsWith(\"1\", score > 1 ? StringComparison.Ordinal : StringComparison.CurrentCulture)", $"chooses a StringComparison while it runs, which may compare text by the host's culture: write StringComparison.Ordinal{IgnoreCase}" },
        { "DateTime(2026, 1, 2).ToShortDateString() != \"\"", $"uses System.DateTime.ToShortDateString(), {Formats}: write ToString(), which is evaluated with the invariant culture, or use Year, Month and Day." },
        { "DateTime(2026, 1, 2).ToLongTimeString() != \"\"", $"uses System.DateTime.ToLongTimeString(), {Formats}: write ToString(), which is evaluated with the invariant culture, or use Hour, Minute and Second." },
        { "DateTime(2026, 1, 2).ToLocalTime().Hour > 0", $"uses System.DateTime.ToLocalTime(), {Zone}: add a fixed offset with AddHours(hours)." },
        { "DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero).ToLocalTime().Hour > 0", $"uses System.DateTimeOffset.ToLocalTime(), {Zone}: write ToOffset(TimeSpan.FromHours(hours)) with a fixed offset." },
        { "DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero).LocalDateTime.Hour > 0", $"uses System.DateTimeOffset.LocalDateTime, {Zone}: write UtcDateTime or DateTime." },
        { "DateTime(2026, 1, 2).ToUniversalTime().Hour > 0", $"uses System.DateTime.ToUniversalTime(), {Zone}: use the value as it is, since dates in expressions carry no time zone." },
        { "DateTime(2026, 7, 2).IsDaylightSavingTime()", $"uses System.DateTime.IsDaylightSavingTime(), {Zone}: compare with fixed dates instead." },
        { "DateTime(2026, 1, 2).ToFileTime() > 0", $"uses System.DateTime.ToFileTime(), {Zone}: use Ticks." },
        { "DateTime(2026, 1, 2).ToBinary() > 0", $"uses System.DateTime.ToBinary(), {Zone}: use Ticks." },
        { "DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Local).Hour > 0", "creates a System.DateTime with a DateTimeKind, which only matters to conversions by the host's time zone: leave the kind out." },
        { "DateTimeOffset(DateTime(2026, 1, 2)).Hour > 0", "creates a System.DateTimeOffset from a DateTime alone, which takes the host's time zone as its offset: write DateTimeOffset(dateTime, TimeSpan.Zero)." },
        { "DateTime(2026, 1, 2) > \"2026-01-02T10:00:00+05:00\"", "writes a DateTime as text, which is read by the host's culture and time zone: write DateTime(2026, 1, 2), DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) or TimeSpan.FromDays(1) instead." },
        { "Math.ReciprocalEstimate(score) > 0", "uses System.Math.ReciprocalEstimate(Double), which depends on the processor: write 1 / x." },
        { "Math.ReciprocalSqrtEstimate(score) > 0", "uses System.Math.ReciprocalSqrtEstimate(Double), which depends on the processor: write 1 / Math.Sqrt(x)." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Parse_HostDependentMember_IsRefusedNamingWhatToWriteInstead(string expression, string message)
    {
        var problems = Assert.Throws<RuleSetException>(() => RuleSet.Parse(Temperature(expression))).Problems;

        problems.Select(p => p.Message).Should().Equal("Expression: " + message);
        problems.Should().OnlyContain(p => p.Workflow == "temperature" && p.Rule == "cold_otherwise" && p.Line == 8);
    }

    [Theory]
    [InlineData("lead.Id.ToUpper() == \"L1\" && lead.Id.ToLower() != \"\" && char.ToUpper(lead.Id[0]) == 'L' && char.ToLower('I') == 'i'")]
    [InlineData("score.ToString() != \"\" && lead.Count(\"referral\").ToString() == \"0\" && DateTime(2026, 1, 2).ToString() != \"\"")]
    [InlineData("lead.Id.StartsWith(\"L\", StringComparison.Ordinal) && lead.Id.IndexOf(\"1\", StringComparison.OrdinalIgnoreCase) > 0 && lead.Id.IndexOf('1') > 0")]
    [InlineData("string.Compare(lead.Id, \"M\", StringComparison.Ordinal) < 0 && string.CompareOrdinal(lead.Id, \"M\") < 0 && lead.Id.Equals(\"l1\", StringComparison.OrdinalIgnoreCase)")]
    [InlineData("DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.FromHours(5)).ToOffset(TimeSpan.Zero).UtcDateTime.Hour == 19 && Math.FusedMultiplyAdd(2.0, 3.0, 1.0) == 7")]
    public void Parse_InvariantMembers_Load(string expression)
    {
        RuleSet.Parse(Temperature(expression)).Stamp.Name.Should().Be("test");
    }

    private static string Temperature(string expression) =>
        TestRuleSets.Build(temperature: $$"""{ "RuleName": "cold_otherwise", "Expression": {{JsonConvert.ToString(expression)}}, "Properties": { "temperature": "cold" } }""");
}
