using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>A name written in a mapping file (a column or a contact-point type) and where it was written.</summary>
internal readonly struct NameAt
{
    public NameAt(string name, int line, int column)
    {
        Name = name;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    /// <summary>A string token's name, located at its opening quote (the reader reports where the token ends).</summary>
    public static NameAt Of(JToken token, string name)
    {
        var info = (IJsonLineInfo)token;
        return new NameAt(name, info.LineNumber, Math.Max(1, info.LinePosition - name.Length - 1));
    }

    public int Line { get; }

    public int Column { get; }
}
