using System;

namespace LeadRules.Leads;

/// <summary>How rules read an attribute.</summary>
[Flags]
internal enum AttributeReadKind
{
    /// <summary><c>lead.Has("name")</c>.</summary>
    Presence = 1,

    /// <summary><c>lead.Number("name")</c>.</summary>
    Number = 2,

    /// <summary><c>lead.Text("name")</c>.</summary>
    Text = 4,
}
