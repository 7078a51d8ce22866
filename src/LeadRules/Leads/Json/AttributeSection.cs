using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads.Json;

/// <summary>
/// Reads a lead's <c>attributes</c>: strings, numbers, <c>true</c>/<c>false</c> (kept as the text "true"/"false", as
/// mappings keep boolean columns) and <c>null</c> (no attribute).
/// </summary>
internal static class AttributeSection
{
    /// <summary>Stands for an attribute that was null or wrong, so that a second key of the same name is still seen.</summary>
    private static readonly object Absent = new();

    public static Dictionary<string, object>? Read(ref Utf8JsonReader reader, LeadSections sections)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = DescribeAndSkip(ref reader);
            sections.Errors[2] ??= $"attributes: must be an object, not {kind}.";
            return null;
        }

        var attributes = new Dictionary<string, object>(System.StringComparer.Ordinal);
        var absent = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var at = reader.TokenStartIndex;
            var name = Utf8Strings.Read(ref reader);
            reader.Read();
            var value = Value(ref reader, name, sections);
            if (attributes.ContainsKey(name))
            {
                sections.Twice("attributes." + name, at);
                continue;
            }

            attributes.Add(name, value);
            absent |= value == Absent;
        }

        if (absent)
        {
            foreach (var name in attributes.Where(a => a.Value == Absent).Select(a => a.Key).ToList())
            {
                attributes.Remove(name);
            }
        }

        return attributes;
    }

    private static object Value(ref Utf8JsonReader reader, string name, LeadSections sections)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return Utf8Strings.Read(ref reader);
            case JsonTokenType.True:
                return Mapping.Cells.True;
            case JsonTokenType.False:
                return Mapping.Cells.False;
            case JsonTokenType.Null:
                return Absent;
            case JsonTokenType.Number when reader.TryGetDouble(out var number) && !double.IsInfinity(number):
                return number;
            case JsonTokenType.Number:
                sections.Errors[2] ??= $"attributes.{name}: the number is too large.";
                return Absent;
            default:
                var kind = DescribeAndSkip(ref reader);
                sections.Errors[2] ??= $"attributes.{name}: {LeadCheck.AttributeTypes}, not {kind}.";
                return Absent;
        }
    }
}
