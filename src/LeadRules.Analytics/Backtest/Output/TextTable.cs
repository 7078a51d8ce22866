using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LeadRules.Analytics.Backtest.Output;

/// <summary>A plain table with aligned columns: text columns to the left, number columns to the right.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = new();

    /// <summary>Columns named by <paramref name="headers"/>; a header starting with '>' is a number column (the '>' is not shown).</summary>
    public TextTable(params string[] headers)
    {
        _rightAligned = headers.Select(h => h.StartsWith(">", StringComparison.Ordinal)).ToArray();
        _headers = headers.Select(h => h.TrimStart('>')).ToArray();
    }

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row of this table needs {_headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter writer)
    {
        var widths = _headers.Select((h, c) => _rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        WriteRow(writer, _headers, widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((cell, c) => _rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])));
        writer.WriteLine(line.TrimEnd());
    }
}
