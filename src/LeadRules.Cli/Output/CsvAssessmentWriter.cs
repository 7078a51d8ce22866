using System.Text;
using LeadRules.Leads;

namespace LeadRules.Cli.Output;

/// <summary>
/// Formats one CSV row per input line: <c>id,temperature,score,owner,strategies,reasons,error</c> (RFC 4180 quoting),
/// then the kept columns of a CSV export, if any. Text cells (ids, strategies, reasons, errors, kept columns) that a
/// spreadsheet would run as a formula get a leading <c>'</c> unless the guard is off (see <see cref="FormulaGuard"/>).
/// </summary>
internal sealed class CsvAssessmentWriter : IRowWriter
{
    public const string Header = "id,temperature,score,owner,strategies,reasons,error";

    private static readonly char[] NeedsQuotes = { ',', '"', '\n', '\r' };

    [ThreadStatic]
    private static StringBuilder? t_row;

    [ThreadStatic]
    private static StringBuilder? t_list;

    private readonly int _keep;
    private readonly bool _guard;

    public CsvAssessmentWriter(TextWriter output, IReadOnlyList<string>? keep = null, bool formulaGuard = true)
    {
        _keep = keep?.Count ?? 0;
        _guard = formulaGuard;
        output.Write(Header + (_keep > 0 ? "," + string.Join(",", keep!.Select(Cell)) : string.Empty) + "\n");
    }

    /// <summary>The row of a lead that was assessed (scored, or with the error the scorer found).</summary>
    public string Row(Assessment assessment, LeadLine line)
    {
        if (!assessment.Succeeded)
        {
            return ErrorRow(assessment.LeadId, line.LineNumber, assessment.Error!, line.Kept);
        }

        var row = t_row ??= new StringBuilder(256);
        row.Clear()
            .Append(Cell(assessment.LeadId)).Append(',')
            .Append(assessment.Temperature.ToName()).Append(',')
            .Append(Formatting.Number(assessment.Score)).Append(',')
            .Append(assessment.Owner.ToName()).Append(',');
        var list = t_list ??= new StringBuilder(256);
        list.Clear();
        foreach (var recommendation in assessment.Recommendations)
        {
            list.Append(list.Length == 0 ? string.Empty : ";").Append(recommendation.Strategy);
        }

        row.Append(Cell(list.ToString())).Append(',');
        list.Clear();
        foreach (var reason in assessment.Reasons)
        {
            list.Append(list.Length == 0 ? string.Empty : ";").Append(reason.Rule).Append(':').Append(Formatting.Number(reason.Points));
        }

        row.Append(Cell(list.ToString())).Append(',');
        return AppendKept(row, line.Kept).Append('\n').ToString();
    }

    /// <summary>The row of a line that is not a valid lead.</summary>
    public string ErrorRow(LeadLine line) => ErrorRow(line.Id, line.LineNumber, line.Error!, line.Kept);

    private string ErrorRow(string? id, long lineNumber, string error, IReadOnlyList<string> kept)
    {
        var row = (t_row ??= new StringBuilder(256)).Clear()
            .Append(Cell(id)).Append(",,,,,,").Append(Cell($"line {lineNumber}: {error}"));
        return AppendKept(row, kept).Append('\n').ToString();
    }

    private StringBuilder AppendKept(StringBuilder row, IReadOnlyList<string> kept)
    {
        // A row too short for a kept column still gets its cell, so every row has the header's columns.
        for (var i = 0; i < _keep; i++)
        {
            row.Append(',').Append(Cell(i < kept.Count ? kept[i] : null));
        }

        return row;
    }

    /// <summary>A text cell: guarded against formulas when the guard is on, then quoted.</summary>
    private string Cell(string? field) => Quote(_guard ? FormulaGuard.Neutralise(field) : field);

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
