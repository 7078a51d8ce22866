using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>The counts of a CSV read so far: rows, errors, labels, and the columns that had trouble.</summary>
public sealed class CsvReadSummary
{
    /// <summary>The most unmapped values listed per column.</summary>
    public const int TopValues = 20;

    internal CsvReadSummary(long rows, long rowsWithErrors, long converted, long notConverted, IReadOnlyList<CsvColumnSummary> columns)
    {
        Rows = rows;
        RowsWithErrors = rowsWithErrors;
        Converted = converted;
        NotConverted = notConverted;
        Columns = columns;
    }

    /// <summary>Data rows read (one <see cref="LeadLine"/> each).</summary>
    public long Rows { get; }

    /// <summary>Rows whose <see cref="LeadLine.Error"/> is set.</summary>
    public long RowsWithErrors { get; }

    /// <summary>Rows labelled converted.</summary>
    public long Converted { get; }

    /// <summary>Rows labelled not converted (an empty label cell counts in neither).</summary>
    public long NotConverted { get; }

    /// <summary>The columns with unmapped values or errors, in header order.</summary>
    public IReadOnlyList<CsvColumnSummary> Columns { get; }
}
