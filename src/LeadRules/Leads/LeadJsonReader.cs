using System;
using System.Collections.Generic;
using System.IO;
using LeadRules.Leads.Json;
using Newtonsoft.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads;

/// <summary>
/// Reads leads from NDJSON: one JSON object per line, shaped
/// <c>{"id", "contactPoints": [{"type", "at", "count", "channel"}], "consent": {"email", "phone", "mail"}, "attributes", "history": [{"strategy", "at"}]}</c>.
/// A line that is not a valid lead yields a <see cref="LeadLine"/> with its error, never an exception.
/// </summary>
public static class LeadJsonReader
{
    private static readonly string[] LeadFields = { "id", "contactPoints", "consent", "attributes", "history" };

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

        if (json.Length > Limits.LineLength)
        {
            return new LeadLine(lineNumber, null, null, $"the line is longer than the limit of {Limits.LineLength:N0} characters.");
        }

        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            SupportMultipleContent = true,
            ArrayPool = CharPool,
        };
        string? id = null;
        string? idError = "id: the lead has no id; give every lead a non-empty \"id\".";
        string? unknown = null;
        var sections = new LeadSections();
        try
        {
            if (!Next(reader))
            {
                return new LeadLine(lineNumber, null, null, "the line is blank; each line holds one lead as a JSON object.");
            }

            if (reader.TokenType != JsonToken.StartObject)
            {
                return new LeadLine(lineNumber, null, null, $"a lead is a JSON object, not {DescribeAndSkip(reader)}.");
            }

            while (Next(reader) && reader.TokenType == JsonToken.PropertyName)
            {
                var field = (string)reader.Value!;
                Value(reader);
                switch (field)
                {
                    case "id": (id, idError) = ReadId(reader); break;
                    case "contactPoints": sections.ReadPoints(reader); break;
                    case "consent": sections.ReadConsent(reader); break;
                    case "attributes": sections.ReadAttributes(reader); break;
                    case "history": sections.ReadHistory(reader); break;
                    default:
                        unknown ??= $"{field}: unknown field; the fields here are {string.Join(", ", LeadFields)}.";
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonToken.EndObject)
            {
                throw new LeadJsonEndException();
            }
        }
        catch (JsonReaderException e)
        {
            return new LeadLine(lineNumber, null, null, "not valid JSON: " + Formatting.WithoutJsonLocation(e.Message));
        }
        catch (LeadJsonEndException)
        {
            return new LeadLine(lineNumber, null, null, "not valid JSON: the line ends before the lead's closing brace.");
        }

        var after = AfterLead(reader);
        if (after is not null)
        {
            return new LeadLine(lineNumber, null, null, after);
        }

        var error = idError ?? unknown ?? Array.Find(sections.Errors, e => e is not null);
        return error is not null
            ? new LeadLine(lineNumber, null, id, error)
            : new LeadLine(lineNumber, new Lead(id!, sections.Points, sections.Consent, sections.Attributes, sections.History), id, null);
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

    private static (string? Id, string? Error) ReadId(JsonReader reader) => reader.TokenType switch
    {
        JsonToken.String when !string.IsNullOrWhiteSpace((string)reader.Value!) => ((string)reader.Value!, null),
        JsonToken.Integer => (IntegerText(reader), null),
        JsonToken.Null => (null, "id: the lead has no id; give every lead a non-empty \"id\"."),
        _ => (null, $"id: must be a non-empty string or a whole number, not {DescribeAndSkip(reader)}."),
    };

    /// <summary>Only comments may follow the lead on its line.</summary>
    private static string? AfterLead(JsonReader reader)
    {
        try
        {
            return Next(reader) ? "the line holds more than one JSON value; put one lead per line." : null;
        }
        catch (JsonReaderException)
        {
            return "not valid JSON: unexpected text after the lead's closing brace.";
        }
    }
}
