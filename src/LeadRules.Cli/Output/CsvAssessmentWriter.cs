using System.Globalization;
using System.Text;

namespace LeadRules.Cli.Output;

/// <summary>Formats one CSV row per input line: <c>id,temperature,score,owner,strategies,reasons,error</c> (RFC 4180 quoting).</summary>
internal sealed class CsvAssessmentWriter
{
    public const string Header = "id,temperature,score,owner,strategies,reasons,error";

    public CsvAssessmentWriter(TextWriter output) => output.Write(Header + "\n");

    /// <summary>The row of a lead that was assessed (scored, or with the error the scorer found).</summary>
    public string Row(Assessment assessment, long lineNumber)
    {
        if (!assessment.Succeeded)
        {
            return ErrorRow(assessment.LeadId, lineNumber, assessment.Error!);
        }

        var row = new StringBuilder();
        row.Append(Quote(assessment.LeadId)).Append(',')
            .Append(assessment.Temperature.ToName()).Append(',')
            .Append(FormatScore(assessment.Score)).Append(',')
            .Append(assessment.Owner.ToName()).Append(',')
            .Append(Quote(string.Join(";", assessment.Recommendations.Select(r => r.Strategy)))).Append(',')
            .Append(Quote(string.Join(";", assessment.Reasons.Select(r => r.ToString())))).Append(',');
        return row.Append('\n').ToString();
    }

    /// <summary>The row of a line that is not a valid lead.</summary>
    public string ErrorRow(string? id, long lineNumber, string error) =>
        $"{Quote(id)},,,,,,{Quote($"line {lineNumber}: {error}")}\n";

    private static string FormatScore(double score) => Math.Round(score, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
