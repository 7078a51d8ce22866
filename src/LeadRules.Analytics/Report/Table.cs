using System.IO;

namespace LeadRules.Analytics.Report;

/// <summary>Writes a table of the exact figures under a chart; cells arrive escaped.</summary>
internal sealed class Table
{
    private readonly TextWriter _writer;
    private readonly bool[] _numeric;

    private Table(TextWriter writer, bool[] numeric)
    {
        _writer = writer;
        _numeric = numeric;
    }

    /// <summary>Opens a table with a caption and its columns; numeric columns are right-aligned.</summary>
    public static Table Open(TextWriter writer, string caption, params (string Name, bool Numeric)[] columns)
    {
        writer.Write($"<table>\n<caption>{caption}</caption>\n<thead><tr>");
        var numeric = new bool[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            numeric[i] = columns[i].Numeric;
            writer.Write(numeric[i] ? $"<th class=\"num\">{columns[i].Name}</th>" : $"<th>{columns[i].Name}</th>");
        }

        writer.Write("</tr></thead>\n<tbody>\n");
        return new Table(writer, numeric);
    }

    /// <summary>Writes one row; <paramref name="cssClass"/> marks a row (such as a flagged rule).</summary>
    public void Row(string? cssClass, params string[] cells)
    {
        _writer.Write(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            _writer.Write(_numeric[i] ? $"<td class=\"num\">{cells[i]}</td>" : $"<td>{cells[i]}</td>");
        }

        _writer.Write("</tr>\n");
    }

    /// <summary>Writes a row spanning every column, for an empty table.</summary>
    public void Note(string escapedText) => _writer.Write($"<tr><td class=\"empty\" colspan=\"{_numeric.Length}\">{escapedText}</td></tr>\n");

    /// <summary>Closes the table.</summary>
    public void Close() => _writer.Write("</tbody>\n</table>\n");
}
