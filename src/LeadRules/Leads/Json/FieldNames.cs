using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace LeadRules.Leads.Json;

/// <summary>The field names of one kind of object, matched as UTF-8 without decoding, and the message for a name that is not one of them.</summary>
internal sealed class FieldNames
{
    public static readonly FieldNames Lead = new("id", "contactPoints", "consent", "attributes", "history");
    public static readonly FieldNames Point = new("type", "at", "count", "channel");
    public static readonly FieldNames Consent = new("email", "phone", "mail");
    public static readonly FieldNames Use = new("strategy", "at");

    private readonly string[] _names;
    private readonly byte[][] _utf8;

    private FieldNames(params string[] names)
    {
        _names = names;
        _utf8 = names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();
    }

    /// <summary>The name at <paramref name="index"/>.</summary>
    public string this[int index] => _names[index];

    /// <summary>The index of the current property name, or -1 when it is none of these (case-sensitive).</summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="field"/> is one of these names written in another case.</summary>
    public bool IsCaseMiss(string field) => Array.Exists(_names, n => string.Equals(n, field, StringComparison.OrdinalIgnoreCase));

    /// <summary>The message for the unknown field <paramref name="field"/> of the object at <paramref name="path"/> (<see langword="null"/> for the lead).</summary>
    public string Unknown(string? path, string field)
    {
        var match = Array.Find(_names, n => string.Equals(n, field, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? $"{(path is null ? string.Empty : path + ": ")}unknown field '{Formatting.Shorten(field)}'; field names are case-sensitive: did you mean '{match}'?"
            : $"{(path is null ? string.Empty : path + ".")}{Formatting.Shorten(field)}: unknown field; the fields here are {string.Join(", ", _names)}.";
    }
}
