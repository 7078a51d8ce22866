using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>Resolves column names to header indexes, collecting one problem per name the header lacks.</summary>
internal sealed class HeaderBinding
{
    private readonly LeadMapping _mapping;
    private readonly IReadOnlyList<string> _header;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<MappingProblem> _problems = new();

    public HeaderBinding(LeadMapping mapping, IReadOnlyList<string> header)
    {
        _mapping = mapping;
        _header = header;
        for (var i = header.Count - 1; i >= 0; i--)
        {
            _index[header[i]] = i;
        }

        if (OtherDelimiter(header, mapping.Spec.Delimiter) is { } found)
        {
            var other = found == '\t' ? "\\t" : found.ToString();
            // One column holding every name: the file is split on another character, so every column would be missing.
            _problems.Add(new MappingProblem(mapping.Source, 1, 1,
                $"the CSV header is one column ('{Formatting.Shorten(header[0])}'); the file seems to use '{other}' as its delimiter, not '{mapping.Spec.Delimiter}': set \"Csv\": {{ \"Delimiter\": \"{other}\" }}."));
            return;
        }

        foreach (var column in mapping.Spec.Columns)
        {
            if (!_index.ContainsKey(column.Name))
            {
                _problems.Add(new MappingProblem(mapping.Source, column.Line, column.Column, Missing("column", column.Name)));
            }
        }
    }

    public void Require(IEnumerable<string> columns, string what)
    {
        foreach (var column in columns)
        {
            if (column is null || !_index.ContainsKey(column))
            {
                _problems.Add(new MappingProblem(_mapping.Source, 0, 0, Missing(what, column ?? "(null)")));
            }
        }
    }

    public int IndexOf(string column) => _index[column];

    public void ThrowIfMissing()
    {
        if (_problems.Count > 0)
        {
            throw new MappingException(_mapping.Source, _problems);
        }
    }

    private static char? OtherDelimiter(IReadOnlyList<string> header, char delimiter) =>
        header.Count == 1 ? new[] { ';', ',', '\t', '|' }.Where(c => c != delimiter).Cast<char?>().FirstOrDefault(c => header[0].IndexOf(c!.Value) >= 0) : null;

    private string Missing(string what, string column)
    {
        var hint = _header.FirstOrDefault(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var columns = _header.Count == 0 ? "the CSV has no header row" : "the header's columns are " + string.Join(", ", _header.Select(h => Formatting.Shorten(h)));
        return hint is null
            ? $"{what} '{Formatting.Shorten(column)}' is not in the CSV header; {columns}."
            : $"{what} '{Formatting.Shorten(column)}' is not in the CSV header (names are case-sensitive: did you mean '{hint}'?); {columns}.";
    }
}
