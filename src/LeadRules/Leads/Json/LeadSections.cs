using System;
using System.Collections.Generic;
using System.Text.Json;
using static LeadRules.Leads.Json.FieldValues;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads.Json;

/// <summary>
/// Reads the sections of one lead from a <see cref="Utf8JsonReader"/>. Each section keeps its first error and reading
/// goes on, so the lead's id is found wherever it stands and a syntax error later in the line still wins. Paths such
/// as <c>contactPoints[3].type</c> are built only for a message.
/// </summary>
internal sealed class LeadSections
{
    private const int PointsSection = 0;
    private const int HistorySection = 3;

    public List<ContactPoint> Points { get; } = new();

    public List<StrategyUse> History { get; } = new();

    public Dictionary<string, object>? Attributes { get; private set; }

    public Consent? Consent { get; private set; }

    /// <summary>The first error of each section, in the order they are reported: contactPoints, consent, attributes, history.</summary>
    public string?[] Errors { get; } = new string?[4];

    /// <summary>The path of the first key given twice in one object, or <see langword="null"/>.</summary>
    public string? Duplicate { get; private set; }

    /// <summary>The byte offset of that key's second occurrence.</summary>
    public long DuplicateAt { get; private set; }

    /// <summary>Empties every section, for the next lead.</summary>
    public void Clear()
    {
        Points.Clear();
        History.Clear();
        Attributes = null;
        Consent = null;
        Array.Clear(Errors, 0, Errors.Length);
        Duplicate = null;
        DuplicateAt = 0;
    }

    /// <summary>Notes the key at <paramref name="path"/> given again at byte <paramref name="offset"/>, unless a key was already.</summary>
    public void Twice(string path, long offset)
    {
        if (Duplicate is null)
        {
            Duplicate = path;
            DuplicateAt = offset;
        }
    }

    public void ReadPoints(ref Utf8JsonReader reader) => ReadArray(ref reader, PointsSection);

    public void ReadHistory(ref Utf8JsonReader reader) => ReadArray(ref reader, HistorySection);

    public void ReadConsent(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = DescribeAndSkip(ref reader);
            Errors[1] ??= $"consent: must be an object, not {kind}.";
            return;
        }

        ConsentState email = default, phone = default, mail = default;
        string? unknown = null, error = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            switch (Field(ref reader, FieldNames.Consent, "consent", -1, ref seen, ref unknown))
            {
                case 0: email = FieldValues.Consent(ref reader, ref error, "email"); break;
                case 1: phone = FieldValues.Consent(ref reader, ref error, "phone"); break;
                case 2: mail = FieldValues.Consent(ref reader, ref error, "mail"); break;
            }
        }

        Errors[1] ??= unknown ?? error;
        Consent = new Consent(email, phone, mail);
    }

    public void ReadAttributes(ref Utf8JsonReader reader) => Attributes = AttributeSection.Read(ref reader, this);

    private void ReadArray(ref Utf8JsonReader reader, int section)
    {
        var name = section == PointsSection ? "contactPoints" : "history";
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var kind = DescribeAndSkip(ref reader);
            Errors[section] ??= $"{name}: must be an array, not {kind}.";
            return;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            string? error;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                error = $"{name}[{i}]: must be an object, not {DescribeAndSkip(ref reader)}.";
            }
            else
            {
                error = section == PointsSection ? ReadPoint(ref reader, i) : ReadUse(ref reader, i);
            }

            Errors[section] ??= error;
        }
    }

    private string? ReadPoint(ref Utf8JsonReader reader, int index)
    {
        string? type = null, typeError = null, atError = null, countError = null, channel = null, channelError = null, unknown = null;
        DateTimeOffset? time = null;
        var count = 1;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            switch (Field(ref reader, FieldNames.Point, "contactPoints", index, ref seen, ref unknown))
            {
                case 0: type = Text(ref reader, ref typeError, "contactPoints", index, "type"); break;
                case 1: time = At(ref reader, ref atError, "contactPoints", index); break;
                case 2: count = Count(ref reader, ref countError, index); break;
                case 3: channel = Text(ref reader, ref channelError, "contactPoints", index, "channel"); break;
            }
        }

        if (type is null && typeError is null)
        {
            typeError = $"contactPoints[{index}].type: missing.";
        }
        else if (type is not null && string.IsNullOrWhiteSpace(type))
        {
            typeError = $"contactPoints[{index}].type: the type is empty; use a contact-point type of the rule set's vocabulary.";
        }

        var error = unknown ?? typeError ?? atError ?? countError ?? channelError;
        if (error is null)
        {
            Points.Add(new ContactPoint(type!, time, count, channel));
        }

        return error;
    }

    private string? ReadUse(ref Utf8JsonReader reader, int index)
    {
        string? strategy = null, strategyError = null, atError = null, unknown = null;
        DateTimeOffset? time = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            switch (Field(ref reader, FieldNames.Use, "history", index, ref seen, ref unknown))
            {
                case 0: strategy = Text(ref reader, ref strategyError, "history", index, "strategy"); break;
                case 1: time = At(ref reader, ref atError, "history", index); break;
            }
        }

        if (strategy is null && strategyError is null)
        {
            strategyError = $"history[{index}].strategy: missing.";
        }
        else if (strategy is not null && string.IsNullOrWhiteSpace(strategy))
        {
            strategyError = $"history[{index}].strategy: the strategy is empty; use a strategy id of the rule set.";
        }

        if (time is null && atError is null)
        {
            atError = $"history[{index}].at: missing; a strategy use needs the time it was applied.";
        }

        var error = unknown ?? strategyError ?? atError;
        if (error is null)
        {
            History.Add(new StrategyUse(strategy!, time!.Value));
        }

        return error;
    }

    /// <summary>
    /// Matches the current property name and moves to its value. Returns its index; or, for an unknown name, notes
    /// it, skips the value and returns -1. A known name given twice is noted as a duplicate. The object is item
    /// <paramref name="index"/> of <paramref name="section"/>, or the section itself when the index is -1.
    /// </summary>
    private int Field(ref Utf8JsonReader reader, FieldNames names, string section, int index, ref int seen, ref string? unknown)
    {
        var field = names.IndexOf(ref reader);
        if (field < 0)
        {
            var name = ReadString(ref reader);
            reader.Read();
            unknown ??= names.Unknown(Path(section, index), name);
            Skip(ref reader);
            return -1;
        }

        if ((seen & (1 << field)) != 0)
        {
            Twice($"{Path(section, index)}.{names[field]}", reader.TokenStartIndex);
        }

        seen |= 1 << field;
        reader.Read();
        return field;
    }

    private static string Path(string section, int index) => index < 0 ? section : $"{section}[{index}]";
}
