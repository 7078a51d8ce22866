using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>Loads the one JSON object a rule or mapping file holds (comments allowed), with line info, reporting why it cannot.</summary>
internal static class JsonFile
{
    /// <summary>The file's object, or <see langword="null"/> after adding the problem; <paramref name="what"/> names the file ("rule set", "mapping").</summary>
    public static JObject? LoadObject(string text, ProblemList problems, string what)
    {
        var root = Load(text, problems, what);
        if (root is null or JObject)
        {
            return (JObject?)root;
        }

        problems.Add(root, null, null, $"a {what} is one JSON object: {{ ... }}, not {JsonObjectReader.Describe(root)}.");
        return null;
    }

    /// <summary>The file's one JSON value, with line info, or <see langword="null"/> after adding the problem.</summary>
    public static JToken? Load(string text, ProblemList problems, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(1, 1, $"the file is empty; a {what} is one JSON object: {{ ... }}.");
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = Limits.RuleFileDepth };
            var json = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                CommentHandling = CommentHandling.Ignore,
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    problems.Add(reader.LineNumber, reader.LinePosition, $"unexpected content after the {what}'s closing brace.");
                    return null;
                }
            }

            return json;
        }
        catch (JsonReaderException e)
        {
            problems.Add(e.LineNumber, e.LinePosition, "not valid JSON: " + Formatting.WithoutJsonLocation(e.Message));
            return null;
        }
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, but one byte past the file-size limit at most: enough to refuse an
    /// oversize file without holding all of it.
    /// </summary>
    public static byte[] ReadBounded(Stream stream)
    {
        var bytes = new byte[Limits.RuleFileBytes + 1];
        var length = 0;
        int read;
        while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
        {
            length += read;
        }

        Array.Resize(ref bytes, length);
        return bytes;
    }
}
