using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>The trouble found in a read, per column: each error message names its column, and every issue is counted.</summary>
internal sealed class RowIssues
{
    private readonly string[] _header;
    private readonly bool _ignoreUnmapped;
    private readonly ColumnStats?[] _stats;

    public RowIssues(string[] header, bool ignoreUnmapped)
    {
        _header = header;
        _ignoreUnmapped = ignoreUnmapped;
        _stats = new ColumnStats?[header.Length];
    }

    public ColumnStats Stats(int column) => _stats[column] ??= new ColumnStats();

    /// <summary>Counts an error in a column and returns its message, <c>column 'name': ...</c>.</summary>
    public string Fail(int column, string message)
    {
        Stats(column).Errors++;
        return $"column '{_header[column]}': {message}";
    }

    /// <summary>Counts a value the mapping does not name; returns the row's error unless unmapped values are ignored.</summary>
    public string? Unmapped(int column, string value, string what)
    {
        Stats(column).AddUnmapped(value);
        return _ignoreUnmapped ? null : Fail(column, $"{Cells.Quote(value)} {what}, or set \"UnmappedValues\": \"ignore\".");
    }

    /// <summary>The columns with trouble, in header order.</summary>
    public List<CsvColumnSummary> Summarize()
    {
        var columns = new List<CsvColumnSummary>();
        for (var i = 0; i < _stats.Length; i++)
        {
            if (_stats[i] is { } stats)
            {
                columns.Add(stats.Summarize(_header[i]));
            }
        }

        return columns;
    }
}
