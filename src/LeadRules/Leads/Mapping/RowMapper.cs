using System;
using System.Collections.Generic;
using System.Linq;
using CsvHelper;

namespace LeadRules.Leads.Mapping;

/// <summary>A mapping bound to one CSV header: every column resolved to its index once, so a row costs no lookups by name.</summary>
internal sealed class RowMapper
{
    private readonly MappingSpec _spec;
    private readonly string[] _header;
    private readonly int _idIndex;
    private readonly int _labelIndex;
    private readonly HashSet<string> _positive;
    private readonly int[] _keep;
    private readonly RowIssues _issues;
    private readonly PointColumns _points;
    private readonly AttributeColumns _attributes;
    private readonly ConsentColumns _consents;

    public RowMapper(MappingSpec spec, string[] header, Func<string, int> indexOf, DateTimeOffset asOf, string? labelColumn, IEnumerable<string> positive, IReadOnlyList<string> keep)
    {
        _spec = spec;
        _header = header;
        _idIndex = spec.IdColumn is null ? -1 : indexOf(spec.IdColumn);
        _labelIndex = labelColumn is null ? -1 : indexOf(labelColumn);
        _positive = new HashSet<string>(positive, StringComparer.Ordinal);
        _keep = keep.Select(indexOf).ToArray();
        _issues = new RowIssues(header, spec.IgnoreUnmapped);
        _points = new PointColumns(spec.Points, indexOf, asOf, _issues);
        _attributes = new AttributeColumns(spec.Attributes, indexOf, _issues);
        _consents = new ConsentColumns(spec.Consents, indexOf, _issues);
    }

    public long Rows { get; private set; }

    public long RowsWithErrors { get; private set; }

    public long Converted { get; private set; }

    public long NotConverted { get; private set; }

    public LeadLine Map(CsvReader csv, long line, string? rowError)
    {
        Rows++;
        var fields = csv.FieldCount;
        var id = _idIndex < 0 ? "row-" + line : _idIndex < fields ? csv.GetString(_idIndex) : null;
        bool? converted = null;
        if (_labelIndex >= 0 && _labelIndex < fields && !csv.IsEmpty(_labelIndex))
        {
            converted = _positive.Contains(csv.GetString(_labelIndex));
            if (converted.Value)
            {
                Converted++;
            }
            else
            {
                NotConverted++;
            }
        }

        string[]? kept = null;
        if (_keep.Length > 0)
        {
            kept = new string[_keep.Length];
            for (var i = 0; i < kept.Length; i++)
            {
                kept[i] = _keep[i] < fields ? csv.GetString(_keep[i]) : string.Empty;
            }
        }

        var error = rowError
            ?? (fields == 1 && _header.Length > 1 && csv.IsEmpty(0) ? $"the line is blank; a row has the header's {_header.Length} fields." : null)
            ?? (fields != _header.Length ? $"the row has {fields} field{(fields == 1 ? string.Empty : "s")}; the header has {_header.Length}. Check the delimiter ('{_spec.Delimiter}') and the quotes on this line." : null)
            ?? (_idIndex >= 0 && string.IsNullOrWhiteSpace(id) ? _issues.Fail(_idIndex, "the id is empty; every row needs one.") : null)
            ?? _points.Read(csv)
            ?? _attributes.Read(csv);
        Consent? consent = null;
        error ??= _consents.Read(csv, out consent);
        if (error is not null)
        {
            RowsWithErrors++;
            return new LeadLine(line, null, string.IsNullOrWhiteSpace(id) ? null : id, error, converted, kept);
        }

        return new LeadLine(line, new Lead(id!, _points.ToArray(), consent!, _attributes.Attributes), id, null, converted, kept);
    }

    /// <summary>A row that could not be read at all.</summary>
    public LeadLine Fail(long line, string error)
    {
        Rows++;
        RowsWithErrors++;
        return new LeadLine(line, null, null, error);
    }

    public CsvReadSummary Summarize() => new(Rows, RowsWithErrors, Converted, NotConverted, _issues.Summarize());
}
