namespace LeadRules.Batch;

/// <summary>How far a batch has come.</summary>
public readonly struct BatchProgress
{
    /// <summary>Creates a report of <paramref name="processed"/> leads done, <paramref name="failed"/> of them failed.</summary>
    /// <param name="processed">How many leads have been assessed so far.</param>
    /// <param name="failed">How many of them carry an error.</param>
    public BatchProgress(long processed, long failed)
    {
        Processed = processed;
        Failed = failed;
    }

    /// <summary>Leads assessed so far, failed ones included.</summary>
    public long Processed { get; }

    /// <summary>Leads so far whose assessment carries an error.</summary>
    public long Failed { get; }
}
