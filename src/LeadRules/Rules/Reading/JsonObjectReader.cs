using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>Reads the fields of one JSON object, reporting unknown fields and wrong types as located problems.</summary>
internal sealed class JsonObjectReader
{
    private readonly JObject _json;
    private readonly ProblemList _problems;
    private readonly string? _workflow;
    private readonly string? _rule;
    private readonly string _prefix;
    private readonly bool _nullIsAbsent;

    public JsonObjectReader(JObject json, ProblemList problems, string? workflow, string? rule, string prefix, IEnumerable<string> known)
        : this(json, problems, workflow, rule, prefix, known, System.Array.Empty<string>(), nullIsAbsent: false)
    {
    }

    /// <summary>
    /// A reader whose <paramref name="tolerated"/> fields are accepted without being listed among the fields, and where,
    /// when <paramref name="nullIsAbsent"/>, an optional field set to <c>null</c> reads as absent (as RulesEngine writes them).
    /// </summary>
    public JsonObjectReader(JObject json, ProblemList problems, string? workflow, string? rule, string prefix, IEnumerable<string> known, IEnumerable<string> tolerated, bool nullIsAbsent)
    {
        _json = json;
        _problems = problems;
        _workflow = workflow;
        _rule = rule;
        _prefix = prefix;
        _nullIsAbsent = nullIsAbsent;
        var knownSet = new HashSet<string>(known);
        var accepted = new HashSet<string>(knownSet.Concat(tolerated));
        foreach (var property in json.Properties().Where(p => !accepted.Contains(p.Name)))
        {
            var hint = accepted.FirstOrDefault(k => string.Equals(k, property.Name, System.StringComparison.OrdinalIgnoreCase));
            Problem(property, hint is null
                ? $"unknown field '{_prefix}{property.Name}'; the fields here are {string.Join(", ", knownSet.Where(k => k != "$schema"))}."
                : $"unknown field '{_prefix}{property.Name}'; field names are case-sensitive: did you mean '{hint}'?");
        }
    }

    public ProblemList Problems => _problems;

    public string? Workflow => _workflow;

    public string? Rule => _rule;

    public void Problem(JToken? at, string message) => _problems.Add(at ?? _json, _workflow, _rule, message);

    public JProperty? Property(string name) => _json.Property(name);

    /// <summary>Whether the field is there (and, when null means absent, not null).</summary>
    public bool Has(string name) => _json.Property(name) is { } property && !(_nullIsAbsent && property.Value.Type == JTokenType.Null);

    public string? String(string name, bool required)
    {
        var property = Present(name, required);
        if (property is null)
        {
            return null;
        }

        if (property.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)property.Value))
        {
            Problem(property, $"'{_prefix}{name}' must be a non-empty string, not {Describe(property.Value)}.");
            return null;
        }

        return (string)property.Value!;
    }

    public double? Number(string name, bool required = false)
    {
        var property = Present(name, required);
        if (property is null)
        {
            return null;
        }

        if (property.Value.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            Problem(property, $"'{_prefix}{name}' must be a number, not {Describe(property.Value)}.");
            return null;
        }

        var value = (double)property.Value;
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Problem(property, $"'{_prefix}{name}' must be a finite number.");
            return null;
        }

        return value;
    }

    public int? Integer(string name)
    {
        var property = Present(name, required: false);
        if (property is null)
        {
            return null;
        }

        if (property.Value is not JValue { Value: long value } || value < int.MinValue || value > int.MaxValue)
        {
            Problem(property, $"'{_prefix}{name}' must be a whole number, not {Describe(property.Value)}.");
            return null;
        }

        return (int)property.Value;
    }

    public bool? Boolean(string name)
    {
        var property = Present(name, required: false);
        if (property is null)
        {
            return null;
        }

        if (property.Value.Type != JTokenType.Boolean)
        {
            Problem(property, $"'{_prefix}{name}' must be true or false, not {Describe(property.Value)}.");
            return null;
        }

        return (bool)property.Value;
    }

    public JObject? Object(string name, bool required = false)
    {
        var property = Present(name, required);
        if (property is null)
        {
            return null;
        }

        if (property.Value is not JObject json)
        {
            Problem(property, $"'{_prefix}{name}' must be an object, not {Describe(property.Value)}.");
            return null;
        }

        return json;
    }

    public JArray? Array(string name, bool required = false)
    {
        var property = Present(name, required);
        if (property is null)
        {
            return null;
        }

        if (property.Value is not JArray json)
        {
            Problem(property, $"'{_prefix}{name}' must be an array, not {Describe(property.Value)}.");
            return null;
        }

        return json;
    }

    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Null => "null",
        JTokenType.String => $"the string \"{Formatting.Shorten((string)token!)}\"",
        JTokenType.Integer or JTokenType.Float => $"the number {token.ToString(Newtonsoft.Json.Formatting.None)}",
        JTokenType.Boolean => $"{token.ToString(Newtonsoft.Json.Formatting.None)}",
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private JProperty? Present(string name, bool required)
    {
        var property = _json.Property(name);
        if (property is not null && !required && _nullIsAbsent && property.Value.Type == JTokenType.Null)
        {
            return null;
        }

        if (property is null && required)
        {
            Problem(_json, $"missing field '{_prefix}{name}'.");
        }

        return property;
    }
}
