using System;
using System.Collections.Generic;
using CsvHelper;

namespace LeadRules.Leads.Mapping;

/// <summary>A mapping's attributes bound to header indexes: a row's cells to its lead's attributes.</summary>
internal sealed class AttributeColumns
{
    private readonly AttributeSource[] _attributes;
    private readonly int[] _attributeIndex;
    private readonly RowIssues _issues;

    public AttributeColumns(List<AttributeSource> attributes, Func<string, int> indexOf, RowIssues issues)
    {
        _attributes = attributes.ToArray();
        _attributeIndex = Array.ConvertAll(_attributes, a => indexOf(a.Column));
        _issues = issues;
    }

    /// <summary>The attributes of the row last read without error: a new dictionary each row, or <see langword="null"/> for none.</summary>
    public Dictionary<string, object>? Attributes { get; private set; }

    /// <summary>Reads the row's attributes; returns the first error, or <see langword="null"/>.</summary>
    public string? Read(CsvReader csv)
    {
        Attributes = null;
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
                        return _issues.Fail(column, $"{Cells.Quote(text)} is not a number.");
                    }

                    value = number;
                    break;
                case AttributeKind.Boolean:
                    value = source.True.Contains(text) ? Cells.True : source.False.Contains(text) ? Cells.False : null;
                    if (value is null)
                    {
                        var error = _issues.Unmapped(column, text, "is not a True or False value; add it to one of them");
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
                        return _issues.Fail(column, $"{Cells.Quote(text)} is not {DateFormat.Expected(source.Format)}.");
                    }

                    value = Cells.Iso(time);
                    break;
                default:
                    value = text;
                    break;
            }

            (Attributes ??= new Dictionary<string, object>(_attributes.Length, StringComparer.Ordinal))[source.Name] = value;
        }

        return null;
    }
}
