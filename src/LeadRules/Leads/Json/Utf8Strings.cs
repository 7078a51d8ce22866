using System;
using System.Text.Json;

namespace LeadRules.Leads.Json;

/// <summary>
/// Short strings that repeat from lead to lead (contact-point types, channels, strategies, attribute names and
/// categories), read once per thread and then taken from a small table by their UTF-8 bytes instead of decoded again.
/// The table holds <see cref="Slots"/> strings per thread, each replaced by the next string of its slot.
/// </summary>
internal static class Utf8Strings
{
    private const int Slots = 256;
    private const int MaxBytes = 24;

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>The current string token, from the table when it was read before on this thread.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (reader.ValueIsEscaped || bytes.Length > MaxBytes)
        {
            return JsonTokens.ReadString(ref reader);
        }

        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        ref var entry = ref (t_entries ??= new Entry[Slots])[hash % Slots];
        if (entry.Utf8 is not null && bytes.SequenceEqual(entry.Utf8))
        {
            return entry.Text!;
        }

        var text = JsonTokens.ReadString(ref reader);
        entry = new Entry(bytes.ToArray(), text);
        return text;
    }

    private readonly record struct Entry(byte[]? Utf8, string? Text);
}
