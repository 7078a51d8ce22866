using System;

namespace LeadRules.Leads.Json;

/// <summary>UTF-8 checks and positions for one line of bytes: where the first bad byte is, which character an offset falls on.</summary>
internal static class Utf8Line
{
    /// <summary>The offset of the first byte that does not start a well-formed UTF-8 character (overlong forms and surrogates included), or -1.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> text)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < text.Length)
        {
            var b = text[i];
            var more = b switch
            {
                < 0x80 => 0,
                >= 0xC2 and <= 0xDF => 1,
                >= 0xE0 and <= 0xEF => 2,
                >= 0xF0 and <= 0xF4 => 3,
                _ => -1,
            };
            if (more < 0 || i + more >= text.Length || !Continues(text.Slice(i + 1, more)) || Excluded(b, more == 0 ? (byte)0 : text[i + 1]))
            {
                return i;
            }

            i += more + 1;
        }

        return -1;
    }

    /// <summary>The 1-based character (code point) that the byte at <paramref name="offset"/> belongs to.</summary>
    public static long CharPosition(ReadOnlySpan<byte> text, long offset)
    {
        var position = 1L;
        var end = (int)Math.Min(offset, text.Length);
        for (var i = 0; i < end; i++)
        {
            if ((text[i] & 0xC0) != 0x80)
            {
                position++;
            }
        }

        return offset < text.Length && (text[end] & 0xC0) == 0x80 ? position - 1 : position;
    }

    /// <summary>The byte offset in the whole text of <paramref name="bytePositionInLine"/> on the 0-based line <paramref name="line"/>.</summary>
    public static long Offset(ReadOnlySpan<byte> text, long line, long bytePositionInLine)
    {
        var start = 0;
        for (var l = 0L; l < line && start < text.Length; l++)
        {
            var next = text.Slice(start).IndexOf((byte)'\n');
            start = next < 0 ? text.Length : start + next + 1;
        }

        return Math.Min(start + bytePositionInLine, text.Length);
    }

    private static bool Continues(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Overlong three- and four-byte forms, surrogates (ED A0-BF) and code points past U+10FFFF.</summary>
    private static bool Excluded(byte first, byte second) =>
        (first == 0xE0 && second < 0xA0) || (first == 0xED && second > 0x9F) || (first == 0xF0 && second < 0x90) || (first == 0xF4 && second > 0x8F);
}
