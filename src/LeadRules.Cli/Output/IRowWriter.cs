using LeadRules.Leads;

namespace LeadRules.Cli.Output;

/// <summary>Formats one output row per input line, in the chosen format; called from many threads at once.</summary>
internal interface IRowWriter
{
    /// <summary>The row of a lead that was assessed (scored, or with the error the scorer found).</summary>
    string Row(Assessment assessment, LeadLine line);

    /// <summary>The row of a line that is not a valid lead.</summary>
    string ErrorRow(LeadLine line);
}
