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
    private readonly DateTimeOffset _asOf;
    private readonly int _idIndex;
    private readonly int _labelIndex;
    private readonly HashSet<string> _positive;
    private readonly int[] _keep;
    private readonly PointSource[] _points;
    private readonly int[] _pointIndex;
    private readonly int[] _timeIndex;
    private readonly ConsentSource[] _consents;
    private readonly int[] _consentIndex;
    private readonly AttributeSource[] _attributes;
    private readonly int[] _attributeIndex;
    private readonly ColumnStats?[] _stats;
    private readonly List<ContactPoint> _scratchPoints = new();
    private Dictionary<string, object>? _attributeMap;

    public RowMapper(MappingSpec spec, string[] header, Func<string, int> indexOf, DateTimeOffset asOf, string? labelColumn, IEnumerable<string> positive, IReadOnlyList<string> keep)
    {
        _spec = spec;
        _header = header;
        _asOf = asOf;
        _idIndex = spec.IdColumn is null ? -1 : indexOf(spec.IdColumn);
        _labelIndex = labelColumn is null ? -1 : indexOf(labelColumn);
        _positive = new HashSet<string>(positive, StringComparer.Ordinal);
        _keep = keep.Select(indexOf).ToArray();
        _points = spec.Points.ToArray();
        _pointIndex = Array.ConvertAll(_points, p => indexOf(p.Column));
        _timeIndex = Array.ConvertAll(_points, p => p.Time.Column is null ? -1 : indexOf(p.Time.Column));
        _consents = spec.Consents.ToArray();
        _consentIndex = Array.ConvertAll(_consents, c => indexOf(c.Column));
        _attributes = spec.Attributes.ToArray();
        _attributeIndex = Array.ConvertAll(_attributes, a => indexOf(a.Column));
        _stats = new ColumnStats?[header.Length];
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
            ?? (_idIndex >= 0 && string.IsNullOrWhiteSpace(id) ? Fail(_idIndex, "the id is empty; every row needs one.") : null)
            ?? Points(csv)
            ?? Attributes(csv);
        Consent? consent = null;
        error ??= ConsentOf(csv, out consent);
        if (error is not null)
        {
            RowsWithErrors++;
            return new LeadLine(line, null, string.IsNullOrWhiteSpace(id) ? null : id, error, converted, kept);
        }

        var points = _scratchPoints.Count == 0 ? Array.Empty<ContactPoint>() : _scratchPoints.ToArray();
        return new LeadLine(line, new Lead(id!, points, consent!, _attributeMap), id, null, converted, kept);
    }

    /// <summary>A row that could not be read at all.</summary>
    public LeadLine Fail(long line, string error)
    {
        Rows++;
        RowsWithErrors++;
        return new LeadLine(line, null, null, error);
    }

    public CsvReadSummary Summarize()
    {
        var columns = new List<CsvColumnSummary>();
        for (var i = 0; i < _stats.Length; i++)
        {
            if (_stats[i] is { } stats)
            {
                columns.Add(stats.Summarize(_header[i]));
            }
        }

        return new CsvReadSummary(Rows, RowsWithErrors, Converted, NotConverted, columns);
    }

    private ColumnStats Stats(int column) => _stats[column] ??= new ColumnStats();

    /// <summary>Counts an error in a column and returns its message, <c>column 'name': ...</c>.</summary>
    private string Fail(int column, string message)
    {
        Stats(column).Errors++;
        return $"column '{_header[column]}': {message}";
    }

    /// <summary>Counts a value the mapping does not name; returns the row's error unless unmapped values are ignored.</summary>
    private string? Unmapped(int column, string value, string what)
    {
        Stats(column).AddUnmapped(value);
        return _spec.IgnoreUnmapped ? null : Fail(column, $"{Cells.Quote(value)} {what}, or set \"UnmappedValues\": \"ignore\".");
    }

    private string? Points(CsvReader csv)
    {
        _scratchPoints.Clear();
        for (var i = 0; i < _points.Length; i++)
        {
            var source = _points[i];
            var column = _pointIndex[i];
            var value = csv.GetString(column);
            string? type;
            var count = 1;
            if (source.Kind == PointKind.Count)
            {
                if (value.Length == 0)
                {
                    continue;
                }

                var problem = Cells.Count(value, out count);
                if (problem is not null)
                {
                    if (problem.EndsWith(Cells.Fraction, StringComparison.Ordinal))
                    {
                        Stats(column).Fractions++;
                    }

                    return Fail(column, problem);
                }

                type = source.Type;
            }
            else if (!source.Values.TryGetValue(value, out type))
            {
                if (value.Length == 0 || source.None.Contains(value))
                {
                    continue;
                }

                var error = Unmapped(column, value, source.Kind == PointKind.Values
                    ? "is not a value the mapping names; add it to Values or Ignore"
                    : "is neither a Yes nor a No value; add it to one of them");
                if (error is not null)
                {
                    return error;
                }

                continue;
            }

            if (count == 0)
            {
                continue;
            }

            var timeError = Time(csv, source.Time, _timeIndex[i], out var at);
            if (timeError is not null)
            {
                return timeError;
            }

            _scratchPoints.Add(new ContactPoint(type!, at, count));
        }

        return null;
    }

    private string? Time(CsvReader csv, TimeRule rule, int column, out DateTimeOffset? at)
    {
        at = null;
        switch (rule.Kind)
        {
            case TimeKind.FixedAge:
                at = _asOf.AddDays(-rule.AgeDays);
                return null;
            case TimeKind.DateColumn:
                var text = csv.GetString(column);
                if (text.Length == 0)
                {
                    return null;
                }

                if (!DateFormat.TryParse(text, rule.Format, out var time))
                {
                    return Fail(column, $"{Cells.Quote(text)} is not {DateFormat.Expected(rule.Format)}.");
                }

                at = time;
                return null;
            case TimeKind.AgeDaysColumn:
                var age = csv.GetString(column);
                if (age.Length == 0 || rule.Missing.Contains(age))
                {
                    return null;
                }

                if (!Cells.TryNumber(age, out var days))
                {
                    return Fail(column, $"{Cells.Quote(age)} is not a number of days.");
                }

                if (days is < 0 or > TimeRule.MaxAgeDays)
                {
                    return Fail(column, $"{Cells.Quote(age)} is not an age from 0 to {TimeRule.MaxAgeDays:N0} days; list the values that mean undated in Missing.");
                }

                at = _asOf.AddDays(-days);
                return null;
            default:
                return null;
        }
    }

    private string? Attributes(CsvReader csv)
    {
        _attributeMap = null;
        for (var i = 0; i < _attributes.Length; i++)
        {
            var source = _attributes[i];
            var column = _attributeIndex[i];
            var text = csv.GetString(column);
            if (text.Length == 0)
            {
                continue;
            }

            object? value;
            switch (source.Kind)
            {
                case AttributeKind.Number:
                    if (!Cells.TryNumber(text, out var number))
                    {
                        return Fail(column, $"{Cells.Quote(text)} is not a number.");
                    }

                    value = number;
                    break;
                case AttributeKind.Boolean:
                    value = source.True.Contains(text) ? Cells.True : source.False.Contains(text) ? Cells.False : null;
                    if (value is null)
                    {
                        var error = Unmapped(column, text, "is not a True or False value; add it to one of them");
                        if (error is not null)
                        {
                            return error;
                        }

                        continue;
                    }

                    break;
                case AttributeKind.Date:
                    if (!DateFormat.TryParse(text, source.Format, out var time))
                    {
                        return Fail(column, $"{Cells.Quote(text)} is not {DateFormat.Expected(source.Format)}.");
                    }

                    value = Cells.Iso(time);
                    break;
                default:
                    value = text;
                    break;
            }

            (_attributeMap ??= new Dictionary<string, object>(_attributes.Length, StringComparer.Ordinal))[source.Name] = value;
        }

        return null;
    }

    private string? ConsentOf(CsvReader csv, out Consent? consent)
    {
        consent = null;
        ConsentState email = ConsentState.Unknown, phone = ConsentState.Unknown, mail = ConsentState.Unknown;
        for (var i = 0; i < _consents.Length; i++)
        {
            var source = _consents[i];
            var column = _consentIndex[i];
            var text = csv.GetString(column);
            if (!source.Values.TryGetValue(text, out var state))
            {
                if (text.Length > 0)
                {
                    var error = Unmapped(column, text, "is not a Granted, Refused or Unknown value; add it to one of them");
                    if (error is not null)
                    {
                        return error;
                    }
                }

                continue;
            }

            switch (source.Channel)
            {
                case "email": email = state; break;
                case "phone": phone = state; break;
                default: mail = state; break;
            }
        }

        consent = Cells.Consent(email, phone, mail);
        return null;
    }
}
