using System;
using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>Options for <see cref="CsvLeadReader"/>: columns to carry along, and a label that overrides the mapping's.</summary>
public sealed class CsvLeadReaderOptions
{
    /// <summary>Columns whose raw values each <see cref="LeadLine.Kept"/> carries, in this order.</summary>
    /// <value>None by default.</value>
    public IReadOnlyList<string> Keep { get; set; } = Array.Empty<string>();

    /// <summary>The outcome column, instead of the mapping's <c>Label.Column</c>.</summary>
    /// <value><see langword="null"/> by default: the mapping's label, if any.</value>
    public string? LabelColumn { get; set; }

    /// <summary>The values of the label column that mean the lead converted, instead of the mapping's <c>Label.Positive</c>.</summary>
    /// <value><see langword="null"/> by default: the mapping's values.</value>
    public IReadOnlyList<string>? PositiveLabels { get; set; }
}
