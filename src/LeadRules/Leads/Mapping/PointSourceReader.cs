using System;
using System.Collections.Generic;
using LeadRules.Rules.Reading;
using Newtonsoft.Json.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>Reads one entry of a mapping's <c>ContactPoints</c>, and the <c>Time</c> objects that date them.</summary>
internal static class PointSourceReader
{
    private static readonly string[] SourceFields = { "Column", "Values", "Ignore", "Count", "YesNo", "Time" };
    private static readonly string[] YesNoFields = { "Type", "Yes", "No" };
    private static readonly string[] TimeFields = { "Column", "Format", "AgeDaysColumn", "Missing", "AgeDays" };
    private static readonly string[] Kinds = { "Values", "Count", "YesNo" };

    public static PointSource? Read(JObject json, string prefix, ProblemList problems, MappingSpec spec, TimeRule defaultTime)
    {
        var fields = new JsonObjectReader(json, problems, null, null, prefix, SourceFields);
        var column = MappingFileReader.Column(fields, spec);
        var given = Array.FindAll(Kinds, k => fields.Property(k) is not null);
        if (given.Length != 1)
        {
            fields.Problem(given.Length == 0 ? json : fields.Property(given[1]), given.Length == 0
                ? $"'{prefix.TrimEnd('.')}' needs one of Values (a categorical column), Count (a numeric column) or YesNo (a yes/no column)."
                : $"'{prefix.TrimEnd('.')}' has both {given[0]} and {given[1]}; give one of Values, Count or YesNo.");
            return null;
        }

        if (fields.Property("Ignore") is { } ignore && given[0] != "Values")
        {
            fields.Problem(ignore, $"'{prefix}Ignore' is only read with Values; a YesNo column lists its No values instead.");
        }

        var time = fields.Object("Time") is { } timeJson ? ReadTime(timeJson, prefix + "Time.", problems, spec) : defaultTime;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> none;
        string? type = null;
        switch (given[0])
        {
            case "Values":
                ReadValues(fields, prefix, spec, values);
                none = MappingFileReader.Strings(fields, "Ignore", prefix);
                CheckOverlap(fields, "Ignore", values, none);
                break;
            case "Count":
                type = TypeName(fields, "Count", spec);
                none = new List<string>();
                break;
            default:
                var yesNo = fields.Object("YesNo");
                if (yesNo is null)
                {
                    return null;
                }

                var yesNoFields = new JsonObjectReader(yesNo, problems, null, null, prefix + "YesNo.", YesNoFields);
                type = TypeName(yesNoFields, "Type", spec);
                foreach (var yes in MappingFileReader.Strings(yesNoFields, "Yes", prefix + "YesNo."))
                {
                    values[yes] = type ?? string.Empty;
                }

                none = MappingFileReader.Strings(yesNoFields, "No", prefix + "YesNo.");
                if (values.Count == 0)
                {
                    yesNoFields.Problem(yesNoFields.Property("Yes") ?? (JToken)yesNo, $"'{prefix}YesNo.Yes' must list the values that mean yes.");
                }

                CheckOverlap(yesNoFields, "No", values, none);
                break;
        }

        return column is null || (given[0] != "Values" && type is null) ? null : new PointSource((PointKind)Array.IndexOf(Kinds, given[0]), column, type, values, none, time);
    }

    public static TimeRule ReadTime(JObject json, string prefix, ProblemList problems, MappingSpec spec)
    {
        var fields = new JsonObjectReader(json, problems, null, null, prefix, TimeFields);
        var given = Array.FindAll(new[] { "Column", "AgeDaysColumn", "AgeDays" }, k => fields.Property(k) is not null);
        if (given.Length != 1)
        {
            fields.Problem(given.Length == 0 ? json : fields.Property(given[1]), given.Length == 0
                ? $"'{prefix.TrimEnd('.')}' needs one of Column (a date column), AgeDaysColumn (a column of ages in days) or AgeDays (a fixed age)."
                : $"'{prefix.TrimEnd('.')}' has both {given[0]} and {given[1]}; give one of Column, AgeDaysColumn or AgeDays.");
        }

        var kind = given.Length == 0 ? "Column" : given[0];
        if (fields.Property("Format") is { } format && kind != "Column")
        {
            fields.Problem(format, $"'{prefix}Format' is only read with Column (a date column).");
        }

        if (fields.Property("Missing") is { } missing && kind != "AgeDaysColumn")
        {
            fields.Problem(missing, $"'{prefix}Missing' is only read with AgeDaysColumn (a column of ages in days).");
        }

        switch (kind)
        {
            case "Column":
                var column = MappingFileReader.Column(fields, spec, "Column", required: given.Length == 1);
                var dateFormat = DateFormat.Read(fields, prefix);
                return column is null ? TimeRule.Undated : new TimeRule(TimeKind.DateColumn, column, dateFormat, null, 0);
            case "AgeDaysColumn":
                var ages = MappingFileReader.Column(fields, spec, "AgeDaysColumn");
                var missingValues = MappingFileReader.Strings(fields, "Missing", prefix);
                return ages is null ? TimeRule.Undated : new TimeRule(TimeKind.AgeDaysColumn, ages, null, missingValues, 0);
            default:
                var days = fields.Number("AgeDays");
                if (days is < 0 or > TimeRule.MaxAgeDays)
                {
                    fields.Problem(fields.Property("AgeDays"), $"'{prefix}AgeDays' must be from 0 to {TimeRule.MaxAgeDays:N0} days, not {days}.");
                    return TimeRule.Undated;
                }

                return days is null ? TimeRule.Undated : new TimeRule(TimeKind.FixedAge, null, null, null, days.Value);
        }
    }

    private static void ReadValues(JsonObjectReader fields, string prefix, MappingSpec spec, Dictionary<string, string> values)
    {
        var json = fields.Object("Values");
        if (json is { Count: 0 })
        {
            fields.Problem(fields.Property("Values"), $"'{prefix}Values' is empty; map each value of the column to a contact-point type.");
        }

        foreach (var property in json?.Properties() ?? new List<JProperty>())
        {
            if (property.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)property.Value))
            {
                fields.Problem(property, $"'{prefix}Values.{Formatting.Shorten(property.Name)}' must name a contact-point type, not {JsonObjectReader.Describe(property.Value)}.");
                continue;
            }

            spec.Types.Add(NameAt.Of(property.Value, (string)property.Value!));
            values[property.Name] = (string)property.Value!;
        }
    }

    private static string? TypeName(JsonObjectReader fields, string field, MappingSpec spec)
    {
        var type = fields.String(field, required: true);
        if (type is not null)
        {
            spec.Types.Add(NameAt.Of(fields.Property(field)!.Value, type));
        }

        return type;
    }

    private static void CheckOverlap(JsonObjectReader fields, string noneField, Dictionary<string, string> values, List<string> none)
    {
        foreach (var value in none)
        {
            if (values.ContainsKey(value))
            {
                fields.Problem(fields.Property(noneField), $"the value \"{Formatting.Shorten(value)}\" is listed both as a contact point and in {noneField}; list it once.");
            }
        }
    }
}
