using System;
using System.Text;
using System.Text.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads.Json;

/// <summary>
/// The id of a lead on a line too long to parse, read from the line's first <see cref="Bytes"/> bytes only, so that its
/// error row still names the lead.
/// </summary>
internal static class IdPrefix
{
    /// <summary>How much of the line is read: room for an id at the limit of <see cref="Limits.TextLength"/> characters, each escaped.</summary>
    public const int Bytes = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The id at the start of <paramref name="line"/>, read from its first <see cref="Bytes"/> bytes; see <see cref="Read(ReadOnlySpan{byte})"/>.</summary>
    public static string? Read(string line, int start)
    {
        var length = Math.Min(line.Length - start, Bytes);
        if (length > 0 && char.IsHighSurrogate(line[start + length - 1]))
        {
            length--;
        }

        try
        {
            return Read(StrictUtf8.GetBytes(line.ToCharArray(start, length)));
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The id of the object that <paramref name="utf8"/> starts, read from its first <see cref="Bytes"/> bytes: the value
    /// of its one <c>"id"</c> key, wherever it stands among the keys those bytes hold, when it is a non-empty string or a
    /// whole number; <see langword="null"/> when those bytes hold no such id, two ids, or are not the start of a JSON object.
    /// </summary>
    public static string? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Slice(0, Math.Min(utf8.Length, Bytes)), isFinalBlock: false, new JsonReaderState(Options));
        string? id = null;
        var seen = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (isId && seen)
                {
                    return null;
                }

                seen |= isId;

                if (!reader.Read())
                {
                    break;
                }

                if (isId)
                {
                    id = Value(ref reader);
                }

                if (!reader.TrySkip())
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or LeadSyntaxException)
        {
            return null;
        }

        return id;
    }

    private static string? Value(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String when ReadString(ref reader) is { } text && !string.IsNullOrWhiteSpace(text) => text,
        JsonTokenType.Number when IsWhole(ref reader) => RawText(ref reader),
        _ => null,
    };
}
