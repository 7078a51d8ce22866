using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LeadRules.Leads.Json;

/// <summary>
/// Says what is wrong with a line that is not strict JSON, and at which character, in words of its own: octal and
/// hexadecimal numbers, unquoted keys, single quotes, NaN and Infinity get a message that names them.
/// </summary>
internal static class JsonSyntax
{
    public const string EndsEarly = "not valid JSON: the line ends before the lead's closing brace.";

    /// <summary>
    /// The message for <paramref name="error"/>, thrown while reading <paramref name="line"/> at nesting depth
    /// <paramref name="depth"/>. <paramref name="lenient"/> tells whether a lenient JSON reader would have accepted the
    /// text (NaN, single quotes, bare keys, octal or hexadecimal numbers), so the line is a lead in all but that.
    /// </summary>
    public static string Message(ReadOnlySpan<byte> line, JsonException error, int depth, out bool lenient)
    {
        lenient = false;
        if (StopsAtTheEnd(line))
        {
            return EndsEarly;
        }

        var at = (int)Utf8Line.Offset(line, error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
        if (depth >= JsonTokens.Options.MaxDepth - 1 && at < line.Length && line[at] is (byte)'[' or (byte)'{')
        {
            return At(line, at, $"the values nest deeper than {JsonTokens.Options.MaxDepth} levels; a lead needs 3.");
        }

        var start = TokenStart(line, at);
        var token = Token(line, start);
        var what = What(line, at, start, token);
        lenient = what.Lenient;
        return At(line, start, what.Text);
    }

    /// <summary>"not valid JSON at character N: what".</summary>
    public static string At(ReadOnlySpan<byte> line, long offset, string what) =>
        $"not valid JSON at character {Utf8Line.CharPosition(line, offset)}: {what}";

    private static (string Text, bool Lenient) What(ReadOnlySpan<byte> line, int at, int start, string token)
    {
        var unsigned = token.TrimStart('-', '+');
        var first = at < line.Length ? line[at] : (byte)0;
        if (first == '\'')
        {
            return ("a string in single quotes; JSON strings and keys are in double quotes.", true);
        }

        if (unsigned is "NaN" or "Infinity")
        {
            return ($"{token} is not a JSON number; give a finite number, or null for none.", true);
        }

        if (unsigned.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var value = long.TryParse(unsigned.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var n)
                ? (token[0] == '-' ? "-" : string.Empty) + n.ToString(CultureInfo.InvariantCulture)
                : "it in decimal";
            return ($"{Formatting.Shorten(token)} is a hexadecimal number; JSON numbers are decimal: write {value}.", true);
        }

        if (unsigned.Length > 1 && unsigned[0] == '0' && char.IsDigit(unsigned[1]))
        {
            var digits = unsigned.TrimStart('0');
            digits = digits.Length == 0 || !char.IsDigit(digits[0]) ? "0" + digits : digits;
            return ($"{Formatting.Shorten(token)} has a leading zero (octal is not JSON); write {token.Substring(0, token.Length - unsigned.Length)}{digits}, or \"{token}\" as a string.", true);
        }

        if (token.Length > 0 && (char.IsLetter(token[0]) || token[0] is '_' or '$') && NextSignificant(line, start + Encoding.UTF8.GetByteCount(token)) == ':')
        {
            return ($"the key {Formatting.Shorten(token)} is not in double quotes; write \"{Formatting.Shorten(token)}\".", true);
        }

        if (first is (byte)'}' or (byte)']' && PreviousSignificant(line, at) == ',')
        {
            return ($"a trailing comma before '{(char)first}'; remove the comma.", false);
        }

        if (at > 0 && line[at - 1] == '\\')
        {
            return ($"'\\{(char)first}' is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX.", false);
        }

        if (first < 0x20)
        {
            return ($"the control character U+{first:X4} must be escaped in a string (\\u{first:x4}).", false);
        }

        return ($"unexpected '{(token.Length > 0 ? Formatting.Shorten(token) : ((char)first).ToString())}'.", false);
    }

    /// <summary>Whether the line is good JSON as far as it goes: reading it as a first part of more stops at its end.</summary>
    private static bool StopsAtTheEnd(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: false, new JsonReaderState(JsonTokens.Options));
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Where the word (a number, a literal, a bare key) that the error is in or just after begins.</summary>
    private static int TokenStart(ReadOnlySpan<byte> line, int at)
    {
        var start = at < line.Length && IsWord(line[at]) ? at : at > 0 && IsWord(line[at - 1]) ? at - 1 : at;
        while (start > 0 && start < line.Length && IsWord(line[start]) && IsWord(line[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static string Token(ReadOnlySpan<byte> line, int start)
    {
        var end = start;
        while (end < line.Length && end - start < 64 && IsWord(line[end]))
        {
            end++;
        }

        return Encoding.UTF8.GetString(line.Slice(start, end - start).ToArray());
    }

    private static bool IsWord(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_' or (byte)'$' or (byte)'.' or (byte)'+' or (byte)'-';

    private static byte NextSignificant(ReadOnlySpan<byte> line, int from)
    {
        while (from < line.Length && line[from] is (byte)' ' or (byte)'\t')
        {
            from++;
        }

        return from < line.Length ? line[from] : (byte)0;
    }

    private static byte PreviousSignificant(ReadOnlySpan<byte> line, int before)
    {
        while (before > 0 && line[before - 1] is (byte)' ' or (byte)'\t')
        {
            before--;
        }

        return before > 0 ? line[before - 1] : (byte)0;
    }
}
