using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using LeadRules.Leads.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads;

/// <summary>
/// Reads leads from NDJSON: one JSON object per line, shaped
/// <c>{"id", "contactPoints": [{"type", "at", "count", "channel"}], "consent": {"email", "phone", "mail"}, "attributes", "history": [{"strategy", "at"}]}</c>.
/// Strict JSON (comments aside): no duplicate keys, no single quotes, bare keys, NaN, octal or hexadecimal numbers.
/// A line that is not a valid lead yields a <see cref="LeadLine"/> with its error, never an exception.
/// </summary>
public static class LeadJsonReader
{
    private const string Blank = "the line is blank; each line holds one lead as a JSON object.";
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Reads every line of <paramref name="reader"/> lazily, one result per line, blank lines included; a byte order mark is skipped.</summary>
    /// <param name="reader">The NDJSON text; read as the result is enumerated, not closed.</param>
    /// <returns>One <see cref="LeadLine"/> per line, in order: the lead, or the line's error.</returns>
    public static IEnumerable<LeadLine> ReadLines(TextReader reader)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return Read(reader);
    }

    /// <summary>Reads one line of NDJSON; a byte order mark at its start is skipped.</summary>
    /// <param name="json">The line's text.</param>
    /// <param name="lineNumber">Its 1-based line number, reported back in the result.</param>
    /// <returns>The lead, or the line's error; never throws for a bad line.</returns>
    public static LeadLine Parse(string json, long lineNumber = 1)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new LeadLine(lineNumber, null, null, Blank);
        }

        var start = json[0] == '\uFEFF' ? 1 : 0;
        if (json.Length > Limits.LineLength)
        {
            return TooLong(lineNumber, IdPrefix.Read(json, start));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(json.Length - start));
        try
        {
            int length;
            try
            {
                length = StrictUtf8.GetBytes(json, start, json.Length - start, buffer, 0);
            }
            catch (EncoderFallbackException e)
            {
                return new LeadLine(lineNumber, null, null, $"not valid JSON at character {CharPosition(json, start, e.Index)}: U+{(int)e.CharUnknown:X4} is a lone surrogate, not a character; give both halves of the pair or remove it.");
            }

            return ParseWellFormed(buffer.AsSpan(0, length), lineNumber);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads one line of NDJSON from its UTF-8 bytes (without the line end); a byte order mark at its start is skipped.</summary>
    internal static LeadLine Parse(ReadOnlySpan<byte> utf8, long lineNumber)
    {
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        var invalid = Utf8Line.FirstInvalid(utf8);
        if (invalid >= 0)
        {
            return new LeadLine(lineNumber, null, null, $"not valid UTF-8 at character {Utf8Line.CharPosition(utf8, invalid)}: the byte 0x{utf8[invalid]:X2} does not start a character; save the leads as UTF-8.");
        }

        return utf8.Length > Limits.LineLength && Encoding.UTF8.GetCharCount(utf8.ToArray()) > Limits.LineLength
            ? TooLong(lineNumber, IdPrefix.Read(utf8))
            : ParseWellFormed(utf8, lineNumber);
    }

    /// <summary>Reads a line already known to be well-formed UTF-8, without a byte order mark.</summary>
    internal static LeadLine ParseWellFormed(ReadOnlySpan<byte> utf8, long lineNumber)
    {
        var reader = new Utf8JsonReader(utf8, JsonTokens.For(utf8));
        var lead = LeadObject.ForThisThread();
        try
        {
            if (!reader.Read())
            {
                return new LeadLine(lineNumber, null, null, Blank);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return new LeadLine(lineNumber, null, null, $"a lead is a JSON object, not {DescribeAndSkip(ref reader)}.");
            }

            lead.Read(ref reader);
        }
        catch (JsonException e)
        {
            var message = JsonSyntax.Message(utf8, e, reader.CurrentDepth, out var lenient);
            var onlyComments = reader.TokenType == JsonTokenType.None && message == JsonSyntax.EndsEarly;
            return new LeadLine(lineNumber, null, lenient ? lead.IdSoFar : null, onlyComments ? Blank : message);
        }
        catch (LeadSyntaxException e)
        {
            return new LeadLine(lineNumber, null, lead.IdSoFar, JsonSyntax.At(utf8, e.Offset, e.Message));
        }

        var after = AfterLead(ref reader, utf8);
        return after is not null ? new LeadLine(lineNumber, null, null, after) : lead.ToLine(lineNumber, utf8);
    }

    private static IEnumerable<LeadLine> Read(TextReader reader)
    {
        long number = 0;
        var lines = new LineReader(reader);
        string? line;
        while ((line = lines.ReadLine()) is not null)
        {
            yield return Parse(line, ++number);
        }
    }

    /// <summary>Only comments and white space may follow the lead on its line.</summary>
    private static string? AfterLead(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        try
        {
            reader.Read();
            return null;
        }
        catch (JsonException e)
        {
            var at = Utf8Line.Offset(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            return at < utf8.Length && utf8[(int)at] is (byte)'{' or (byte)'[' or (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n'
                ? "the line holds more than one JSON value; put one lead per line."
                : "not valid JSON: unexpected text after the lead's closing brace.";
        }
    }

    /// <summary>A line past <see cref="Limits.LineLength"/>: not parsed, but named by the <paramref name="id"/> its start gives.</summary>
    private static LeadLine TooLong(long lineNumber, string? id) => new(lineNumber, null, id, $"the line is longer than the limit of {Limits.LineLength:N0} characters.");

    /// <summary>The 1-based character (code point) of UTF-16 index <paramref name="index"/> counted from <paramref name="start"/>.</summary>
    private static long CharPosition(string text, int start, int index)
    {
        var position = 1L;
        for (var i = start; i < start + index && i < text.Length; i++)
        {
            position += char.IsLowSurrogate(text[i]) && i > start && char.IsHighSurrogate(text[i - 1]) ? 0 : 1;
        }

        return position;
    }
}
