using System;
using System.Collections.Generic;
using CsvHelper;

namespace LeadRules.Leads.Mapping;

/// <summary>A mapping's contact-point sources bound to header indexes: a row's cells to its contact points.</summary>
internal sealed class PointColumns
{
    private readonly PointSource[] _points;
    private readonly int[] _pointIndex;
    private readonly int[] _timeIndex;
    private readonly DateTimeOffset _asOf;
    private readonly RowIssues _issues;
    private readonly List<ContactPoint> _scratch = new();

    public PointColumns(List<PointSource> points, Func<string, int> indexOf, DateTimeOffset asOf, RowIssues issues)
    {
        _points = points.ToArray();
        _pointIndex = Array.ConvertAll(_points, p => indexOf(p.Column));
        _timeIndex = Array.ConvertAll(_points, p => p.Time.Column is null ? -1 : indexOf(p.Time.Column));
        _asOf = asOf;
        _issues = issues;
    }

    /// <summary>A new array of the contact points of the row last read without error.</summary>
    public ContactPoint[] ToArray() => _scratch.Count == 0 ? Array.Empty<ContactPoint>() : _scratch.ToArray();

    /// <summary>Reads the row's contact points; returns the first error, or <see langword="null"/>.</summary>
    public string? Read(CsvReader csv)
    {
        _scratch.Clear();
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
                        _issues.Stats(column).Fractions++;
                    }

                    return _issues.Fail(column, problem);
                }

                type = source.Type;
            }
            else if (!source.Values.TryGetValue(value, out type))
            {
                if (value.Length == 0 || source.None.Contains(value))
                {
                    continue;
                }

                var error = _issues.Unmapped(column, value, source.Kind == PointKind.Values
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

            _scratch.Add(new ContactPoint(type!, at, count));
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
                    return _issues.Fail(column, $"{Cells.Quote(text)} is not {DateFormat.Expected(rule.Format)}.");
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
                    return _issues.Fail(column, $"{Cells.Quote(age)} is not a number of days.");
                }

                if (days is < 0 or > TimeRule.MaxAgeDays)
                {
                    return _issues.Fail(column, $"{Cells.Quote(age)} is not an age from 0 to {TimeRule.MaxAgeDays:N0} days; list the values that mean undated in Missing.");
                }

                at = _asOf.AddDays(-days);
                return null;
            default:
                return null;
        }
    }
}
