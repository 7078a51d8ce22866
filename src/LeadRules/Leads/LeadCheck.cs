using System.Linq;
using LeadRules.Rules;

namespace LeadRules.Leads;

/// <summary>Checks a lead against a vocabulary before it is scored, so every bad lead gets one clear error.</summary>
internal static class LeadCheck
{
    /// <summary>What an attribute may be, for messages.</summary>
    public const string AttributeTypes = "an attribute is a string, a number, a boolean, a date or null";

    /// <summary>
    /// Returns the lead's error, or <see langword="null"/> when it can be scored. Whether each contact-point type is
    /// in the vocabulary is checked by <see cref="UnknownType"/> while the lead is aggregated.
    /// </summary>
    public static string? Check(Lead? lead)
    {
        if (lead is null)
        {
            return "The lead is null.";
        }

        if (string.IsNullOrWhiteSpace(lead.Id))
        {
            return "id: the lead has no id; give every lead a non-empty \"id\".";
        }

        var size = Size(lead);
        if (size is not null)
        {
            return size;
        }

        var points = lead.PointArray;
        for (var i = 0; i < points.Length; i++)
        {
            var point = points[i];
            if (point is not null && (point.Type?.Length > Limits.TextLength || point.Channel?.Length > Limits.TextLength))
            {
                return $"contactPoints[{i}]: {(point.Type?.Length > Limits.TextLength ? "type" : "channel")} is longer than {Limits.TextLength:N0} characters.";
            }

            if (point is null)
            {
                return $"contactPoints[{i}]: the contact point is null.";
            }

            if (IsBlank(point.Type))
            {
                return $"contactPoints[{i}].type: the type is empty; use a contact-point type of the rule set's vocabulary.";
            }

            if (point.Count < 0)
            {
                return $"contactPoints[{i}].count: {point.Count} is negative; a count is a whole number of 0 or more.";
            }

            if (point.Count > Limits.CountPerContactPoint)
            {
                return $"contactPoints[{i}].count: {point.Count:N0} is more than the limit of {Limits.CountPerContactPoint:N0}.";
            }
        }

        foreach (var attribute in lead.AttributeMap)
        {
            if (attribute.Key.Length > Limits.TextLength || (attribute.Value is string text && text.Length > Limits.TextLength))
            {
                return $"attributes.{Formatting.Shorten(attribute.Key)}: longer than {Limits.TextLength:N0} characters.";
            }

            if (attribute.Value is not (string or double) && !IsNumber(attribute.Value))
            {
                return $"attributes.{attribute.Key}: {AttributeTypes}, not {Describe(attribute.Value)}.";
            }
        }

        var history = lead.HistoryArray;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i] is null || IsBlank(history[i].Strategy))
            {
                return $"history[{i}].strategy: the strategy is empty; use a strategy id of the rule set.";
            }
        }

        return null;
    }

    /// <summary>
    /// The error (policy <see cref="UnknownTypePolicy.Error"/>) or warning (<see cref="UnknownTypePolicy.Ignore"/>) for an
    /// unknown type, with the vocabulary's type it differs from only in case or in <c>-</c>, <c>_</c> and spaces.
    /// </summary>
    public static string UnknownType(int index, string type, UnknownTypePolicy policy, Vocabulary vocabulary)
    {
        var squashed = Squash(type);
        var near = vocabulary.ContactPointTypes.FirstOrDefault(t => Squash(t) == squashed);
        var message = $"contactPoints[{index}].type: '{type}' is not a contact-point type of the rule set{(near is null ? string.Empty : $" (did you mean '{near}'?)")}";
        return policy == UnknownTypePolicy.Error
            ? message + "; fix the type, add it to the rule set's Vocabulary, or let unknown types be ignored (UnknownTypes = Ignore)."
            : message + "; it was ignored.";
    }

    /// <summary>The error for a lead past one of the <see cref="Limits"/> on its size, or <see langword="null"/>.</summary>
    private static string? Size(Lead lead)
    {
        if (lead.Id.Length > Limits.TextLength)
        {
            return $"id: longer than {Limits.TextLength:N0} characters.";
        }

        if (lead.PointArray.Length > Limits.ContactPointsPerLead)
        {
            return $"contactPoints: the lead has {lead.PointArray.Length:N0} contact points; the limit is {Limits.ContactPointsPerLead:N0}. Aggregate repeats with 'count'.";
        }

        if (lead.HistoryArray.Length > Limits.HistoryPerLead)
        {
            return $"history: the lead has {lead.HistoryArray.Length:N0} strategy uses; the limit is {Limits.HistoryPerLead:N0}. Keep only the recent ones.";
        }

        if (lead.AttributeMap.Count > Limits.AttributesPerLead)
        {
            return $"attributes: the lead has {lead.AttributeMap.Count:N0} attributes; the limit is {Limits.AttributesPerLead:N0}.";
        }

        foreach (var use in lead.HistoryArray)
        {
            if (use?.Strategy?.Length > Limits.TextLength)
            {
                return $"history: a strategy is longer than {Limits.TextLength:N0} characters.";
            }
        }

        return null;
    }


    /// <summary>Null, empty or white space; scans the text only when it starts with white space.</summary>
    private static bool IsBlank(string? text) =>
        string.IsNullOrEmpty(text) || (char.IsWhiteSpace(text![0]) && string.IsNullOrWhiteSpace(text));

    /// <summary>The text in lower case without <c>-</c>, <c>_</c> and spaces, to find near misses.</summary>
    private static string Squash(string text) =>
        new(text.Where(c => c is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant).ToArray());

    public static bool IsNumber(object? value) =>
        value is double or float or int or long or decimal or short or byte or uint or ulong or ushort or sbyte;

    private static string Describe(object? value) => value is null ? "null" : value.GetType().Name;
}
