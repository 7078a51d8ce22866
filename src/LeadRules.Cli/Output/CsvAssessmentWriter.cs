using System.Text;

namespace LeadRules.Cli.Output;

/// <summary>Formats one CSV row per input line: <c>id,temperature,score,owner,strategies,reasons,error</c> (RFC 4180 quoting).</summary>
internal sealed class CsvAssessmentWriter
{
    public const string Header = "id,temperature,score,owner,strategies,reasons,error";

    private static readonly char[] NeedsQuotes = { ',', '"', '\n', '\r' };

    [ThreadStatic]
    private static StringBuilder? t_row;

    [ThreadStatic]
    private static StringBuilder? t_list;

    public CsvAssessmentWriter(TextWriter output) => output.Write(Header + "\n");

    /// <summary>The row of a lead that was assessed (scored, or with the error the scorer found).</summary>
    public string Row(Assessment assessment, long lineNumber)
    {
        if (!assessment.Succeeded)
        {
            return ErrorRow(assessment.LeadId, lineNumber, assessment.Error!);
        }

        var row = t_row ??= new StringBuilder(256);
        row.Clear()
            .Append(Quote(assessment.LeadId)).Append(',')
            .Append(assessment.Temperature.ToName()).Append(',')
            .Append(Formatting.Number(assessment.Score)).Append(',')
            .Append(assessment.Owner.ToName()).Append(',');
        var list = t_list ??= new StringBuilder(256);
        list.Clear();
        foreach (var recommendation in assessment.Recommendations)
        {
            list.Append(list.Length == 0 ? string.Empty : ";").Append(recommendation.Strategy);
        }

        row.Append(Quote(list.ToString())).Append(',');
        list.Clear();
        foreach (var reason in assessment.Reasons)
        {
            list.Append(list.Length == 0 ? string.Empty : ";").Append(reason.Rule).Append(':').Append(Formatting.Number(reason.Points));
        }

        return row.Append(Quote(list.ToString())).Append(",\n").ToString();
    }

    /// <summary>The row of a line that is not a valid lead.</summary>
    public string ErrorRow(string? id, long lineNumber, string error) =>
        $"{Quote(id)},,,,,,{Quote($"line {lineNumber}: {error}")}\n";

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
