using System;

namespace LeadRules.Leads.Json;

/// <summary>Text that <c>Utf8JsonReader</c> accepts but strict NDJSON does not: a lone surrogate escape. Caught by the reader of the line.</summary>
internal sealed class LeadSyntaxException : Exception
{
    private LeadSyntaxException(long offset, string what)
        : base(what)
    {
        Offset = offset;
    }

    /// <summary>The byte offset in the line where the problem starts.</summary>
    public long Offset { get; }

    /// <summary>For a string whose escaped text <paramref name="raw"/> starts at byte <paramref name="start"/> and holds a lone surrogate escape.</summary>
    public static LeadSyntaxException LoneSurrogate(ReadOnlySpan<byte> raw, long start)
    {
        var at = FindLoneSurrogate(raw);
        var escape = at < 0 ? "\\u" : System.Text.Encoding.ASCII.GetString(raw.Slice(at, 6).ToArray());
        return new LeadSyntaxException(start + Math.Max(at, 0), $"{escape} is a lone surrogate, not a character; give both halves of the pair or remove it.");
    }

    /// <summary>The offset of the first <c>\uD800</c>-<c>\uDFFF</c> escape that is not part of a pair, or -1.</summary>
    private static int FindLoneSurrogate(ReadOnlySpan<byte> raw)
    {
        var pendingHigh = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var escape = raw[i] == '\\';
            var unit = escape && i + 5 < raw.Length && raw[i + 1] == 'u' ? Hex(raw.Slice(i + 2, 4)) : -1;
            var low = unit is >= 0xDC00 and <= 0xDFFF;
            if (pendingHigh >= 0 && !low)
            {
                return pendingHigh;
            }

            if (low && pendingHigh < 0)
            {
                return i;
            }

            pendingHigh = unit is >= 0xD800 and <= 0xDBFF ? i : -1;
            if (escape)
            {
                i += unit >= 0 ? 5 : 1;
            }
        }

        return pendingHigh;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            var digit = d switch
            {
                >= (byte)'0' and <= (byte)'9' => d - '0',
                >= (byte)'a' and <= (byte)'f' => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => d - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }
}
