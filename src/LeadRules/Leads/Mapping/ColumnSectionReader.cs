using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Rules.Reading;
using Newtonsoft.Json.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>Reads the entries of a mapping's <c>Consent</c> and <c>Attributes</c>.</summary>
internal static class ColumnSectionReader
{
    private static readonly string[] ConsentFields = { "Column", "Channel", "Granted", "Refused", "Unknown" };
    private static readonly string[] AttributeFields = { "Column", "Name", "Type", "Format", "True", "False" };
    private static readonly string[] Channels = { "email", "phone", "mail" };
    private static readonly string[] AttributeTypes = { "string", "number", "boolean", "date" };
    private static readonly string[] DefaultTrue = { "true", "yes", "y", "t", "1" };
    private static readonly string[] DefaultFalse = { "false", "no", "n", "f", "0" };

    public static void ReadConsent(JObject json, string prefix, ProblemList problems, MappingSpec spec)
    {
        var consent = new JsonObjectReader(json, problems, null, null, prefix, ConsentFields);
        var column = MappingFileReader.Column(consent, spec);
        var channel = consent.String("Channel", required: true);
        if (channel is not null && !Channels.Contains(channel))
        {
            consent.Problem(consent.Property("Channel"), $"unknown consent channel '{Formatting.Shorten(channel)}'; the channels are {string.Join(", ", Channels)}.");
            channel = null;
        }
        else if (channel is not null && spec.Consents.Any(c => c.Channel == channel))
        {
            consent.Problem(consent.Property("Channel"), $"consent channel '{channel}' is mapped twice; map each channel from one column.");
            channel = null;
        }

        var values = new Dictionary<string, ConsentState>(StringComparer.Ordinal);
        foreach (var (name, state) in new[] { ("Granted", ConsentState.Granted), ("Refused", ConsentState.Denied), ("Unknown", ConsentState.Unknown) })
        {
            foreach (var value in MappingFileReader.Strings(consent, name, prefix))
            {
                if (values.ContainsKey(value))
                {
                    consent.Problem(consent.Property(name), $"'{prefix}{name}' lists \"{Formatting.Shorten(value)}\" again; list each value once, in Granted, Refused or Unknown.");
                }

                values[value] = state;
            }
        }

        if (column is not null && channel is not null)
        {
            spec.Consents.Add(new ConsentSource(column, channel, values));
        }
    }

    public static void ReadAttribute(JObject json, string prefix, ProblemList problems, MappingSpec spec)
    {
        var attribute = new JsonObjectReader(json, problems, null, null, prefix, AttributeFields);
        var column = MappingFileReader.Column(attribute, spec);
        var name = attribute.Property("Name") is null ? column : attribute.String("Name", required: false);
        var type = attribute.String("Type", required: true);
        var kind = Array.IndexOf(AttributeTypes, type);
        if (type is not null && kind < 0)
        {
            attribute.Problem(attribute.Property("Type"), $"unknown attribute type '{Formatting.Shorten(type)}'; the types are {string.Join(", ", AttributeTypes)}.");
        }

        var format = DateFormat.Read(attribute, prefix);
        if (format is not null && kind != (int)AttributeKind.Date)
        {
            attribute.Problem(attribute.Property("Format"), $"'{prefix}Format' is only read for a date attribute (\"Type\": \"date\").");
        }

        var trueValues = attribute.Property("True") is null ? DefaultTrue.ToList() : MappingFileReader.Strings(attribute, "True", prefix);
        var falseValues = attribute.Property("False") is null ? DefaultFalse.ToList() : MappingFileReader.Strings(attribute, "False", prefix);
        if ((attribute.Property("True") ?? attribute.Property("False")) is { } booleanField && kind != (int)AttributeKind.Boolean)
        {
            attribute.Problem(booleanField, $"'{prefix}True' and '{prefix}False' are only read for a boolean attribute (\"Type\": \"boolean\").");
        }

        if (name is not null && spec.Attributes.Any(a => a.Name == name))
        {
            attribute.Problem(attribute.Property("Name") ?? attribute.Property("Column"), $"attribute '{Formatting.Shorten(name)}' is mapped twice; give each attribute its own 'Name'.");
            return;
        }

        if (column is not null && name is not null && kind >= 0)
        {
            spec.Attributes.Add(new AttributeSource(column, name, (AttributeKind)kind, format, trueValues, falseValues));
        }
    }
}
