using System;
using System.Text;
using System.Text.Json;

namespace LeadRules.Leads.Json;

/// <summary>Small helpers for reading a lead token by token: strings, raw numbers, describing a value for messages, skipping.</summary>
internal static class JsonTokens
{
    /// <summary>Comments (<c>//</c>, <c>/* */</c>) are skipped; everything else is strict JSON.</summary>
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The same reading for a line without a <c>/</c>, which cannot hold a comment: the reader's faster path.</summary>
    public static readonly JsonReaderOptions NoComments = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>The options for <paramref name="line"/>: comments are looked for only where one could start.</summary>
    public static JsonReaderOptions For(ReadOnlySpan<byte> line) => line.IndexOf((byte)'/') < 0 ? NoComments : Options;

    /// <summary>The current string or property name; a lone surrogate escape (<c>\ud800</c>) is a <see cref="LeadSyntaxException"/>.</summary>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw LeadSyntaxException.LoneSurrogate(reader.ValueSpan, reader.TokenStartIndex + 1);
        }
    }

    /// <summary>The current number as written (ids and counts may exceed 64 bits).</summary>
    public static string RawText(ref Utf8JsonReader reader) =>
#if NET8_0_OR_GREATER
        Encoding.UTF8.GetString(reader.ValueSpan);
#else
        Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
#endif

    /// <summary>Whether the current number is written without a fraction or an exponent.</summary>
    public static bool IsWhole(ref Utf8JsonReader reader) => reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;

    /// <summary>Describes the current value for a message ("the string \"x\"", "an array") and moves past it.</summary>
    public static string DescribeAndSkip(ref Utf8JsonReader reader)
    {
        var kind = reader.TokenType switch
        {
            JsonTokenType.Null => "null",
            JsonTokenType.String => $"the string \"{Formatting.Shorten(ReadString(ref reader))}\"",
            JsonTokenType.Number => "the number " + Formatting.Shorten(RawText(ref reader)),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.StartObject => "an object",
            _ => reader.TokenType.ToString().ToLowerInvariant(),
        };
        Skip(ref reader);
        return kind;
    }

    /// <summary>Moves past the current value, checking the escapes of the strings inside it.</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            CheckEscapes(ref reader);
            return;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            CheckEscapes(ref reader);
        }
    }

    private static void CheckEscapes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
        {
            ReadString(ref reader);
        }
    }
}
