namespace LeadRules.Leads.Mapping;

/// <summary>Where the time of a mapped contact point comes from.</summary>
internal enum TimeKind
{
    /// <summary>No time: the points are undated.</summary>
    Undated,

    /// <summary>A column of dates, ISO-8601 or in an exact format.</summary>
    DateColumn,

    /// <summary>A column of ages in days, counted back from the as-of time.</summary>
    AgeDaysColumn,

    /// <summary>One fixed age in days for every point.</summary>
    FixedAge,
}
