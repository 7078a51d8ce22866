using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>What went wrong in one CSV column over a whole read: values the mapping does not name, bad values, fractions.</summary>
public sealed class CsvColumnSummary
{
    internal CsvColumnSummary(string column, long unmapped, IReadOnlyList<CsvValueCount> unmappedValues, long errors, long fractions)
    {
        Column = column;
        Unmapped = unmapped;
        UnmappedValues = unmappedValues;
        Errors = errors;
        Fractions = fractions;
    }

    /// <summary>The column's name in the header.</summary>
    public string Column { get; }

    /// <summary>Rows whose value in this column the mapping does not name (errors, or ignored with <c>"UnmappedValues": "ignore"</c>).</summary>
    public long Unmapped { get; }

    /// <summary>The most frequent of those values with their counts, most frequent first (at most <see cref="CsvReadSummary.TopValues"/>).</summary>
    public IReadOnlyList<CsvValueCount> UnmappedValues { get; }

    /// <summary>Rows whose error is in this column (unmapped values under <c>"error"</c> included).</summary>
    public long Errors { get; }

    /// <summary>Rows whose count in this column was not a whole number (each also an error).</summary>
    public long Fractions { get; }
}
