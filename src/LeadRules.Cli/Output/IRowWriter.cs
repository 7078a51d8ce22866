using LeadRules.Leads;

namespace LeadRules.Cli.Output;

/// <summary>Formats one output row per input line as UTF-8, in the chosen format; called from many threads at once, each with its own buffer.</summary>
internal interface IRowWriter
{
    /// <summary>What the output starts with (the CSV header); empty when nothing.</summary>
    ReadOnlySpan<byte> Header { get; }

    /// <summary>Writes the row of a lead that was assessed (scored, or with the error the scorer found).</summary>
    void Row(Assessment assessment, LeadLine line, ByteBuffer output);

    /// <summary>Writes the row of a line that is not a valid lead.</summary>
    void ErrorRow(LeadLine line, ByteBuffer output);
}
