using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads.Json;

/// <summary>
/// Reads the sections of one lead from a token stream. Each section keeps its first error and reading goes on, so
/// the lead's id is found wherever it stands and a syntax error later in the line still wins.
/// </summary>
internal sealed class LeadSections
{
    private static readonly string[] PointFields = { "type", "at", "count", "channel" };
    private static readonly string[] ConsentFields = { "email", "phone", "mail" };
    private static readonly string[] UseFields = { "strategy", "at" };

    public List<ContactPoint> Points { get; } = new();

    public List<StrategyUse> History { get; } = new();

    public Dictionary<string, object>? Attributes { get; private set; }

    public Consent? Consent { get; private set; }

    /// <summary>The first error of each section, in the order they are reported: contactPoints, consent, attributes, history.</summary>
    public string?[] Errors { get; } = new string?[4];

    public void ReadPoints(JsonReader reader) => ReadArray(reader, "contactPoints", 0, (r, path) =>
    {
        string? type = null, typeError = null, at = null, atError = null, countError = null, channel = null, channelError = null, unknown = null;
        var count = 1;
        ReadObject(r, path, PointFields, ref unknown, (field, v) =>
        {
            switch (field)
            {
                case "type": type = Text(v, path + ".type", ref typeError); break;
                case "at": at = Text(v, path + ".at", ref atError); break;
                case "count": count = Count(v, path, ref countError); break;
                default: channel = Text(v, path + ".channel", ref channelError); break;
            }
        });
        var time = Time(at, path + ".at", ref atError);
        if (type is null && typeError is null)
        {
            typeError = $"{path}.type: missing.";
        }
        else if (type is not null && string.IsNullOrWhiteSpace(type))
        {
            typeError = $"{path}.type: the type is empty; use a contact-point type of the rule set's vocabulary.";
        }

        return First(unknown, typeError, atError, countError, channelError) ?? Add(Points, new ContactPoint(type!, time, count, channel));
    });

    public void ReadHistory(JsonReader reader) => ReadArray(reader, "history", 3, (r, path) =>
    {
        string? strategy = null, strategyError = null, at = null, atError = null, unknown = null;
        ReadObject(r, path, UseFields, ref unknown, (field, v) =>
        {
            if (field == "strategy")
            {
                strategy = Text(v, path + ".strategy", ref strategyError);
            }
            else
            {
                at = Text(v, path + ".at", ref atError);
            }
        });
        var time = Time(at, path + ".at", ref atError);
        if (strategy is null && strategyError is null)
        {
            strategyError = $"{path}.strategy: missing.";
        }
        else if (strategy is not null && string.IsNullOrWhiteSpace(strategy))
        {
            strategyError = $"{path}.strategy: the strategy is empty; use a strategy id of the rule set.";
        }

        if (time is null && atError is null)
        {
            atError = $"{path}.at: missing; a strategy use needs the time it was applied.";
        }

        return First(unknown, strategyError, atError) ?? Add(History, new StrategyUse(strategy!, time!.Value));
    });

    public void ReadConsent(JsonReader reader)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            Errors[1] ??= $"consent: must be an object, not {DescribeAndSkip(reader)}.";
            return;
        }

        var states = new ConsentState[3];
        var errors = new string?[3];
        string? unknown = null;
        ReadObject(reader, "consent", ConsentFields, ref unknown, (field, v) =>
        {
            var i = Array.IndexOf(ConsentFields, field);
            states[i] = v.TokenType switch
            {
                JsonToken.Null => ConsentState.Unknown,
                JsonToken.Boolean => (bool)v.Value! ? ConsentState.Granted : ConsentState.Denied,
                _ => Fail<ConsentState>(ref errors[i], $"consent.{field}: must be true, false or null (unknown), not {DescribeAndSkip(v)}."),
            };
        });
        Errors[1] ??= First(unknown, errors[0], errors[1], errors[2]);
        Consent = new Consent(states[0], states[1], states[2]);
    }

    public void ReadAttributes(JsonReader reader)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            Errors[2] ??= $"attributes: must be an object, not {DescribeAndSkip(reader)}.";
            return;
        }

        var attributes = Attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        while (Next(reader) && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            Value(reader);
            object? value = reader.TokenType switch
            {
                JsonToken.String => (string)reader.Value!,
                JsonToken.Integer => reader.Value is System.Numerics.BigInteger big ? (double)big : Convert.ToDouble(reader.Value, System.Globalization.CultureInfo.InvariantCulture),
                JsonToken.Float => (double)reader.Value!,
                _ => null,
            };
            if (value is null)
            {
                Errors[2] ??= $"attributes.{name}: an attribute is a string or a number, not {DescribeAndSkip(reader)}.";
            }
            else if (value is double number && (double.IsInfinity(number) || double.IsNaN(number)))
            {
                Errors[2] ??= double.IsNaN(number) ? $"attributes.{name}: NaN is not a number; give a finite number." : $"attributes.{name}: the number is too large.";
            }
            else
            {
                attributes[name] = value;
            }
        }
    }

    private void ReadArray(JsonReader reader, string path, int section, Func<JsonReader, string, string?> readItem)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return;
        }

        if (reader.TokenType != JsonToken.StartArray)
        {
            Errors[section] ??= $"{path}: must be an array, not {DescribeAndSkip(reader)}.";
            return;
        }

        for (var i = 0; Next(reader) && reader.TokenType != JsonToken.EndArray; i++)
        {
            var itemPath = $"{path}[{i}]";
            var error = reader.TokenType == JsonToken.StartObject
                ? readItem(reader, itemPath)
                : $"{itemPath}: must be an object, not {DescribeAndSkip(reader)}.";
            Errors[section] ??= error;
        }
    }

    /// <summary>Reads an object's fields, handing each known one to <paramref name="read"/> and noting the first unknown one.</summary>
    private static void ReadObject(JsonReader reader, string path, string[] known, ref string? unknown, Action<string, JsonReader> read)
    {
        while (Next(reader) && reader.TokenType == JsonToken.PropertyName)
        {
            var field = (string)reader.Value!;
            Value(reader);
            if (Array.IndexOf(known, field) < 0)
            {
                unknown ??= $"{path}.{field}: unknown field; the fields here are {string.Join(", ", known)}.";
                reader.Skip();
                continue;
            }

            read(field, reader);
        }
    }

    private static string? Text(JsonReader reader, string path, ref string? error) => reader.TokenType switch
    {
        JsonToken.String => (string)reader.Value!,
        JsonToken.Null => null,
        _ => Fail<string?>(ref error, $"{path}: must be a string, not {DescribeAndSkip(reader)}."),
    };

    private static int Count(JsonReader reader, string path, ref string? error)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return 1;
        }

        if (reader.TokenType != JsonToken.Integer)
        {
            return Fail<int>(ref error, $"{path}.count: must be a whole number of 0 or more, not {DescribeAndSkip(reader)}.");
        }

        return reader.Value is long value && value is >= 0 and <= Limits.CountPerContactPoint
            ? (int)value
            : Fail<int>(ref error, $"{path}.count: {IntegerText(reader)} is out of range; a count is a whole number from 0 to {Limits.CountPerContactPoint:N0}.");
    }

    private static DateTimeOffset? Time(string? text, string path, ref string? error)
    {
        if (text is null || error is not null)
        {
            return null;
        }

        return IsoTime.TryParse(text, out var time)
            ? time
            : Fail<DateTimeOffset?>(ref error, $"{path}: '{Formatting.Shorten(text)}' is not an ISO-8601 time such as 2026-11-01T09:30:00Z.");
    }

    private static T Fail<T>(ref string? error, string message)
    {
        error ??= message;
        return default!;
    }

    private static string? First(params string?[] errors) => Array.Find(errors, e => e is not null);

    private static string? Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return null;
    }
}
