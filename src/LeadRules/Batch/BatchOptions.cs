using System;

namespace LeadRules.Batch;

/// <summary>How a batch of leads is spread over cores and reported.</summary>
public sealed class BatchOptions
{
    /// <summary>How many threads assess leads at once.</summary>
    /// <value>Defaults to <see cref="Environment.ProcessorCount"/>; 1 keeps the batch on the calling thread.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>How many leads are assessed between progress reports and cancellation checks; streaming holds one chunk at a time.</summary>
    /// <value>Defaults to 8192.</value>
    public int ChunkSize { get; set; } = 8192;

    /// <summary>Told after every chunk how many leads are done and how many of those failed.</summary>
    /// <value>Defaults to <see langword="null"/>: no reports.</value>
    public IProgress<BatchProgress>? Progress { get; set; }

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "BatchOptions.MaxDegreeOfParallelism must be at least 1.");
        }

        if (ChunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize, "BatchOptions.ChunkSize must be at least 1.");
        }
    }
}
