namespace LeadRules.Leads.Mapping;

/// <summary>How a column's text becomes a lead attribute.</summary>
internal enum AttributeKind
{
    /// <summary>The text as it is.</summary>
    String,

    /// <summary>An invariant-culture number.</summary>
    Number,

    /// <summary>The text <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>ISO-8601 text in UTC (<c>2026-11-01T09:30:00Z</c>).</summary>
    Date,
}
