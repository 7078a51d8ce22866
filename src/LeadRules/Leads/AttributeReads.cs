using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace LeadRules.Leads;

/// <summary>
/// The attributes a rule set reads, by name ignoring case: finds a lead's near misses (a number given as text, text
/// given as a number, a name in another case) with one dictionary lookup per attribute.
/// </summary>
internal sealed class AttributeReads
{
    private readonly Dictionary<string, AttributeRead[]> _byName;

    public AttributeReads(IEnumerable<AttributeRead> reads) =>
        _byName = reads.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a warning to <paramref name="warnings"/> for each attribute of <paramref name="lead"/> that the rules would misread.</summary>
    public void Warn(Lead lead, ref List<string>? warnings)
    {
        if (_byName.Count == 0 || lead.AttributeMap.Count == 0)
        {
            return;
        }

        foreach (var attribute in lead.AttributeMap)
        {
            if (_byName.TryGetValue(attribute.Key, out var reads) && Warning(lead, attribute.Key, attribute.Value, reads) is { } warning)
            {
                (warnings ??= new List<string>()).Add(warning);
            }
        }
    }

    private static string? Warning(Lead lead, string name, object value, AttributeRead[] reads)
    {
        var read = Array.Find(reads, r => r.Name == name);
        if (read is null)
        {
            var meant = reads[0].Name;
            return lead.AttributeMap.ContainsKey(meant)
                ? null
                : $"attributes.{name}: the rules read '{meant}'; attribute names are case-sensitive: did you mean '{meant}'?";
        }

        if ((read.Kinds & AttributeReadKind.Number) != 0 && value is string text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number))
        {
            return $"attributes.{name}: \"{Formatting.Shorten(text)}\" is text, but the rules read it with lead.Number; give it as a number ({number.ToString("R", CultureInfo.InvariantCulture)}).";
        }

        if ((read.Kinds & AttributeReadKind.Text) != 0 && LeadCheck.IsNumber(value))
        {
            var written = Convert.ToString(value, CultureInfo.InvariantCulture);
            return $"attributes.{name}: {written} is a number, but the rules read it with lead.Text; give it as text (\"{written}\").";
        }

        return null;
    }
}
