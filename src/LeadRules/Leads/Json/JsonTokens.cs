using System;
using System.Buffers;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Leads.Json;

/// <summary>Small helpers for reading a lead token by token: describing the current value for messages, skipping, pooling.</summary>
internal static class JsonTokens
{
    /// <summary>Lends the reader's buffers from the shared pool, so reading a line allocates little.</summary>
    public static readonly IArrayPool<char> CharPool = new SharedCharPool();

    /// <summary>Reads the next token that is not a comment; <see langword="false"/> at the end of the input.</summary>
    public static bool Next(JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the value after a property name; a line that ends there is not valid JSON.</summary>
    public static void Value(JsonReader reader)
    {
        if (!Next(reader))
        {
            throw new LeadJsonEndException();
        }
    }

    /// <summary>Describes the current value for a message ("the string \"x\"", "an array") and moves past it.</summary>
    public static string DescribeAndSkip(JsonReader reader)
    {
        var kind = reader.TokenType switch
        {
            JsonToken.Null => "null",
            JsonToken.String => $"the string \"{Formatting.Shorten((string)reader.Value!)}\"",
            JsonToken.Integer or JsonToken.Float => "the number " + Formatting.Shorten(new JValue(reader.Value).ToString(Newtonsoft.Json.Formatting.None)),
            JsonToken.Boolean => (bool)reader.Value! ? "true" : "false",
            JsonToken.StartArray => "an array",
            JsonToken.StartObject => "an object",
            _ => reader.TokenType.ToString().ToLowerInvariant(),
        };
        reader.Skip();
        return kind;
    }

    /// <summary>The current integer token as text (ids and counts may exceed 64 bits).</summary>
    public static string IntegerText(JsonReader reader) => Convert.ToString(reader.Value, CultureInfo.InvariantCulture)!;


    private sealed class SharedCharPool : IArrayPool<char>
    {
        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }
    }
}

/// <summary>The line ended in the middle of the lead.</summary>
internal sealed class LeadJsonEndException : Exception
{
}
