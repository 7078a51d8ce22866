using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Leads;

/// <summary>
/// Reads leads from NDJSON: one JSON object per line, shaped
/// <c>{"id", "contactPoints": [{"type", "at", "count", "channel"}], "consent": {"email", "phone", "mail"}, "attributes", "history": [{"strategy", "at"}]}</c>.
/// A line that is not a valid lead yields a <see cref="LeadLine"/> with its error, never an exception.
/// </summary>
public static class LeadJsonReader
{
    private static readonly string[] LeadFields = { "id", "contactPoints", "consent", "attributes", "history" };
    private static readonly string[] PointFields = { "type", "at", "count", "channel" };
    private static readonly string[] ConsentFields = { "email", "phone", "mail" };
    private static readonly string[] UseFields = { "strategy", "at" };

    /// <summary>Reads every line of <paramref name="reader"/> lazily, one result per line, blank lines included.</summary>
    public static IEnumerable<LeadLine> ReadLines(TextReader reader)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return Read(reader);
    }

    /// <summary>Reads one line of NDJSON.</summary>
    /// <param name="json">The line's text.</param>
    /// <param name="lineNumber">Its 1-based line number, reported back in the result.</param>
    public static LeadLine Parse(string json, long lineNumber = 1)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new LeadLine(lineNumber, null, null, "the line is blank; each line holds one lead as a JSON object.");
        }

        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                return new LeadLine(lineNumber, null, null, "the line holds more than one JSON value; put one lead per line.");
            }
        }
        catch (JsonException e)
        {
            return new LeadLine(lineNumber, null, null, "not valid JSON: " + FirstSentence(e.Message));
        }

        if (token is not JObject json0)
        {
            return new LeadLine(lineNumber, null, null, $"a lead is a JSON object, not {Kind(token)}.");
        }

        var id = ReadId(json0, out var idError);
        try
        {
            if (idError is not null)
            {
                throw new LeadFormatException(idError);
            }

            return new LeadLine(lineNumber, ReadLead(json0, id!), id, null);
        }
        catch (LeadFormatException e)
        {
            return new LeadLine(lineNumber, null, id, e.Message);
        }
    }

    private static IEnumerable<LeadLine> Read(TextReader reader)
    {
        long number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            yield return Parse(line, ++number);
        }
    }

    private static string? ReadId(JObject json, out string? error)
    {
        error = null;
        var id = json["id"];
        switch (id?.Type)
        {
            case JTokenType.String when !string.IsNullOrWhiteSpace((string?)id):
                return (string)id!;
            case JTokenType.Integer:
                return id!.ToString(Newtonsoft.Json.Formatting.None);
            case null or JTokenType.Null:
                error = "id: the lead has no id; give every lead a non-empty \"id\".";
                return null;
            default:
                error = $"id: must be a non-empty string or a whole number, not {Kind(id)}.";
                return null;
        }
    }

    private static Lead ReadLead(JObject json, string id)
    {
        CheckFields(json, LeadFields, string.Empty);
        var points = Items(json["contactPoints"], "contactPoints").Select((p, i) => ReadPoint(p, $"contactPoints[{i}]")).ToList();
        var consent = ReadConsent(json["consent"]);
        var attributes = ReadAttributes(json["attributes"]);
        var history = Items(json["history"], "history").Select((u, i) => ReadUse(u, $"history[{i}]")).ToList();
        return new Lead(id, points, consent, attributes, history);
    }

    private static ContactPoint ReadPoint(JToken token, string path)
    {
        var json = AsObject(token, path);
        CheckFields(json, PointFields, path + ".");
        var type = Text(json["type"], path + ".type", required: true)!;
        var at = Time(json["at"], path + ".at");
        var count = 1;
        var countToken = json["count"];
        if (countToken is not null && countToken.Type != JTokenType.Null)
        {
            if (countToken.Type != JTokenType.Integer)
            {
                throw new LeadFormatException($"{path}.count: must be a whole number of 0 or more, not {Kind(countToken)}.");
            }

            var value = Whole(countToken);
            if (value < 0 || value > int.MaxValue)
            {
                throw new LeadFormatException($"{path}.count: {value} is out of range; a count is a whole number from 0 to {int.MaxValue}.");
            }

            count = (int)value;
        }

        return new ContactPoint(type, at, count, Text(json["channel"], path + ".channel", required: false));
    }

    private static Consent ReadConsent(JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return Consent.Unknown;
        }

        var json = AsObject(token, "consent");
        CheckFields(json, ConsentFields, "consent.");
        return new Consent(State(json["email"], "consent.email"), State(json["phone"], "consent.phone"), State(json["mail"], "consent.mail"));
    }

    private static ConsentState State(JToken? token, string path) => token?.Type switch
    {
        null or JTokenType.Null => ConsentState.Unknown,
        JTokenType.Boolean => (bool)token ? ConsentState.Granted : ConsentState.Denied,
        _ => throw new LeadFormatException($"{path}: must be true, false or null (unknown), not {Kind(token)}."),
    };

    private static Dictionary<string, object>? ReadAttributes(JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in AsObject(token, "attributes").Properties())
        {
            attributes[property.Name] = property.Value.Type switch
            {
                JTokenType.String => (string)property.Value!,
                JTokenType.Integer or JTokenType.Float => Number(property.Value, "attributes." + property.Name),
                _ => throw new LeadFormatException($"attributes.{property.Name}: an attribute is a string or a number, not {Kind(property.Value)}."),
            };
        }

        return attributes;
    }

    private static StrategyUse ReadUse(JToken token, string path)
    {
        var json = AsObject(token, path);
        CheckFields(json, UseFields, path + ".");
        var strategy = Text(json["strategy"], path + ".strategy", required: true)!;
        var at = Time(json["at"], path + ".at") ?? throw new LeadFormatException($"{path}.at: missing; a strategy use needs the time it was applied.");
        return new StrategyUse(strategy, at);
    }

    private static double Number(JToken token, string path)
    {
        var value = token.Type == JTokenType.Integer ? (double)Whole(token) : (double)token;
        return double.IsInfinity(value) ? throw new LeadFormatException($"{path}: the number is too large.") : value;
    }

    private static System.Numerics.BigInteger Whole(JToken token) => ((JValue)token).Value switch
    {
        System.Numerics.BigInteger big => big,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static IEnumerable<JToken> Items(JToken? token, string path) => token?.Type switch
    {
        null or JTokenType.Null => Enumerable.Empty<JToken>(),
        JTokenType.Array => token,
        _ => throw new LeadFormatException($"{path}: must be an array, not {Kind(token)}."),
    };

    private static JObject AsObject(JToken token, string path) =>
        token as JObject ?? throw new LeadFormatException($"{path}: must be an object, not {Kind(token)}.");

    private static string? Text(JToken? token, string path, bool required)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return required ? throw new LeadFormatException($"{path}: missing.") : null;
        }

        return token.Type == JTokenType.String ? (string)token! : throw new LeadFormatException($"{path}: must be a string, not {Kind(token)}.");
    }

    private static DateTimeOffset? Time(JToken? token, string path)
    {
        var text = Text(token, path, required: false);
        if (text is null)
        {
            return null;
        }

        return IsoTime.TryParse(text, out var time)
            ? time
            : throw new LeadFormatException($"{path}: '{Shorten(text)}' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.");
    }

    private static void CheckFields(JObject json, string[] known, string prefix)
    {
        var unknown = json.Properties().FirstOrDefault(p => !known.Contains(p.Name));
        if (unknown is not null)
        {
            throw new LeadFormatException($"{prefix}{unknown.Name}: unknown field; the fields here are {string.Join(", ", known)}.");
        }
    }

    private static string Kind(JToken token) => token.Type switch
    {
        JTokenType.Null => "null",
        JTokenType.String => $"the string \"{Shorten((string)token!)}\"",
        JTokenType.Integer or JTokenType.Float => "the number " + Shorten(token.ToString(Newtonsoft.Json.Formatting.None)),
        JTokenType.Boolean => token.ToString(Newtonsoft.Json.Formatting.None),
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path '", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end);
    }

    private sealed class LeadFormatException : Exception
    {
        public LeadFormatException(string message)
            : base(message)
        {
        }
    }
}
