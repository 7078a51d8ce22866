using System.Globalization;
using System.Text;

namespace LeadRules.Cli.Output;

/// <summary>Writes one CSV row per input line: <c>id,temperature,score,owner,strategies,reasons,error</c> (RFC 4180 quoting).</summary>
internal sealed class CsvAssessmentWriter
{
    public const string Header = "id,temperature,score,owner,strategies,reasons,error";

    private readonly TextWriter _output;

    public CsvAssessmentWriter(TextWriter output)
    {
        _output = output;
        _output.Write(Header + "\n");
    }

    public void Write(Assessment assessment, long lineNumber)
    {
        if (!assessment.Succeeded)
        {
            WriteError(assessment.LeadId, lineNumber, assessment.Error!);
            return;
        }

        var row = new StringBuilder();
        row.Append(Quote(assessment.LeadId)).Append(',')
            .Append(assessment.Temperature.ToName()).Append(',')
            .Append(FormatScore(assessment.Score)).Append(',')
            .Append(assessment.Owner.ToName()).Append(',')
            .Append(Quote(string.Join(";", assessment.Recommendations.Select(r => r.Strategy)))).Append(',')
            .Append(Quote(string.Join(";", assessment.Reasons.Select(r => r.ToString())))).Append(',');
        _output.Write(row.Append('\n').ToString());
    }

    public void WriteError(string? id, long lineNumber, string error) =>
        _output.Write($"{Quote(id)},,,,,,{Quote($"line {lineNumber}: {error}")}\n");

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
