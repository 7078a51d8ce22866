using System;
using System.Collections.Generic;

namespace LeadRules.Leads;

/// <summary>One line of NDJSON input, or one row of a CSV export: the lead it holds, or why it holds none.</summary>
public sealed class LeadLine
{
    internal LeadLine(long lineNumber, Lead? lead, string? id, string? error, bool? converted = null, string[]? kept = null)
    {
        LineNumber = lineNumber;
        Lead = lead;
        Id = id;
        Error = error;
        Converted = converted;
        Kept = kept ?? Array.Empty<string>();
    }

    /// <summary>The 1-based line number in the input (for CSV, the line the row starts on; the header is line 1).</summary>
    public long LineNumber { get; }

    /// <summary>The lead, or <see langword="null"/> when the line is not a valid lead.</summary>
    public Lead? Lead { get; }

    /// <summary>The lead's id when one could be read, even from an invalid line.</summary>
    public string? Id { get; }

    /// <summary>What is wrong with the line (naming the field, or the CSV column and value), or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>
    /// The row's outcome label from a CSV export: whether the lead converted; <see langword="null"/> when there is no
    /// label column or the cell is empty (always for NDJSON).
    /// </summary>
    public bool? Converted { get; }

    /// <summary>Whether the line held nothing (blank, or only a comment): callers may skip it rather than report it.</summary>
    internal bool IsBlank => Lead is null && Id is null && Error is not null && Error.StartsWith("the line is blank", StringComparison.Ordinal);

    /// <summary>The raw values of the CSV columns asked to be kept, in the order asked; empty otherwise (always for NDJSON).</summary>
    public IReadOnlyList<string> Kept { get; }
}
