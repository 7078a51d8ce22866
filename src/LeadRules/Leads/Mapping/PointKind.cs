namespace LeadRules.Leads.Mapping;

/// <summary>How a column turns into contact points.</summary>
internal enum PointKind
{
    /// <summary>A categorical column: each named value is a contact-point type.</summary>
    Values,

    /// <summary>A numeric column: that many contact points of one type.</summary>
    Count,

    /// <summary>A yes/no column: one contact point when the value means yes.</summary>
    YesNo,
}
