namespace LeadRules.Leads;

/// <summary>One line of NDJSON input: the lead it holds, or why it holds none.</summary>
public sealed class LeadLine
{
    internal LeadLine(long lineNumber, Lead? lead, string? id, string? error)
    {
        LineNumber = lineNumber;
        Lead = lead;
        Id = id;
        Error = error;
    }

    /// <summary>The 1-based line number in the input.</summary>
    public long LineNumber { get; }

    /// <summary>The lead, or <see langword="null"/> when the line is not a valid lead.</summary>
    public Lead? Lead { get; }

    /// <summary>The lead's id when one could be read, even from an invalid line.</summary>
    public string? Id { get; }

    /// <summary>What is wrong with the line (naming the field), or <see langword="null"/>.</summary>
    public string? Error { get; }
}
