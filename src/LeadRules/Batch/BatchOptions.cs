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

    /// <summary>
    /// Streaming (<see cref="LeadScorer.AssessManyAsync"/>) also closes a chunk once its leads reach this many bytes, as
    /// estimated from their text (two bytes a character) and objects, so the leads held at once stay bounded in bytes
    /// however long each one is: at most this plus one lead.
    /// </summary>
    /// <value>Defaults to 16 MiB; ordinary leads fill <see cref="ChunkSize"/> long before.</value>
    public long ChunkBytes { get; set; } = 16 * 1024 * 1024;

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

        if (ChunkBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkBytes), ChunkBytes, "BatchOptions.ChunkBytes must be at least 1.");
        }
    }
}
