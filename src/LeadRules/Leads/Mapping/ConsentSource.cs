using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>One entry of a mapping's <c>Consent</c>: a column that tells one channel's consent.</summary>
internal sealed class ConsentSource
{
    public ConsentSource(string column, string channel, Dictionary<string, ConsentState> values)
    {
        Column = column;
        Channel = channel;
        Values = values;
    }

    public string Column { get; }

    /// <summary><c>email</c>, <c>phone</c> or <c>mail</c>.</summary>
    public string Channel { get; }

    /// <summary>Each named value (from <c>Granted</c>, <c>Refused</c> and <c>Unknown</c>) with the state it means.</summary>
    public Dictionary<string, ConsentState> Values { get; }
}
