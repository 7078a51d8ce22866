using System;
using System.Text.Json;
using static LeadRules.Leads.Json.JsonTokens;

namespace LeadRules.Leads.Json;

/// <summary>
/// The fields of one lead as they are read, and the <see cref="LeadLine"/> they make: the lead, or its first error.
/// One object per thread is read into lead after lead (see <see cref="ForThisThread"/>).
/// </summary>
internal sealed class LeadObject
{
    private const string NoId = "id: the lead has no id; give every lead a non-empty \"id\".";

    [ThreadStatic]
    private static LeadObject? t_lead;

    private readonly LeadSections _sections = new();
    private string? _id;
    private string? _idError = NoId;
    private string? _unknown;
    private bool _unknownIsCaseMiss;

    /// <summary>This thread's object, emptied for the next lead.</summary>
    public static LeadObject ForThisThread()
    {
        var lead = t_lead ??= new LeadObject();
        lead._sections.Clear();
        lead._id = null;
        lead._idError = NoId;
        lead._unknown = null;
        lead._unknownIsCaseMiss = false;
        return lead;
    }

    /// <summary>The id read so far, for a line that turns out to be lenient JSON rather than strict: its lead is still named.</summary>
    public string? IdSoFar => _id;

    /// <summary>Reads the lead's fields, from the token after its opening brace to its closing one.</summary>
    public void Read(ref Utf8JsonReader reader)
    {
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldNames.Lead.IndexOf(ref reader);
            var again = field >= 0 && (seen & (1 << field)) != 0;
            if (again)
            {
                _sections.Twice(FieldNames.Lead[field], reader.TokenStartIndex);
            }

            seen |= field >= 0 ? 1 << field : 0;
            var name = field < 0 ? ReadString(ref reader) : null;
            reader.Read();
            switch (field)
            {
                case 0: ReadId(ref reader, again); break;
                case 1: _sections.ReadPoints(ref reader); break;
                case 2: _sections.ReadConsent(ref reader); break;
                case 3: _sections.ReadAttributes(ref reader); break;
                case 4: _sections.ReadHistory(ref reader); break;
                default:
                    if (_unknown is null)
                    {
                        _unknown = FieldNames.Lead.Unknown(null, name!);
                        _unknownIsCaseMiss = FieldNames.Lead.IsCaseMiss(name!);
                    }

                    Skip(ref reader);
                    break;
            }
        }
    }

    /// <summary>
    /// The line's result. A key given twice wins, then a field name in the wrong case (<c>"Id"</c>), the id's error,
    /// another unknown field, and the sections' first errors in order.
    /// </summary>
    public LeadLine ToLine(long lineNumber, ReadOnlySpan<byte> utf8)
    {
        var s = _sections;
        var duplicate = s.Duplicate is null ? null : $"{s.Duplicate}: given twice (again at character {Utf8Line.CharPosition(utf8, s.DuplicateAt)}); give each key once.";
        var error = duplicate ?? (_unknownIsCaseMiss ? _unknown : null) ?? _idError ?? _unknown ?? Array.Find(s.Errors, e => e is not null);
        return error is not null
            ? new LeadLine(lineNumber, null, _id, error)
            : new LeadLine(lineNumber, new Lead(_id!, s.Points.ToArray(), s.Consent ?? Consent.Unknown, s.Attributes, s.History.ToArray()), _id, null);
    }

    private void ReadId(ref Utf8JsonReader reader, bool again)
    {
        string? id = null;
        string? error = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                id = ReadString(ref reader);
                if (string.IsNullOrWhiteSpace(id))
                {
                    error = $"id: must be a non-empty string or a whole number, not the string \"{Formatting.Shorten(id)}\".";
                    id = null;
                }

                break;
            case JsonTokenType.Number when IsWhole(ref reader):
                id = RawText(ref reader);
                break;
            case JsonTokenType.Null:
                error = NoId;
                break;
            default:
                error = $"id: must be a non-empty string or a whole number, not {DescribeAndSkip(ref reader)}.";
                break;
        }

        // A second id makes the lead's id ambiguous: the line reports none.
        (_id, _idError) = again ? (null, _idError) : (id, error);
    }
}
