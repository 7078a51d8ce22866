using System.Collections.Generic;
using LeadRules.Leads;

namespace LeadRules.Batch;

/// <summary>
/// Estimates how many bytes a lead (or a line of input) holds in memory: its strings at two bytes a character plus a
/// fixed overhead per object. Streaming closes a chunk when the estimates of its leads reach a bound, so what is held at
/// once is bounded in bytes whatever the size of each lead. An estimate errs on the large side.
/// </summary>
internal static class LeadSize
{
    private const int ObjectBytes = 64;
    private const int StringBytes = 24;

    /// <summary>The estimated bytes of <paramref name="lead"/>: id, contact points, consent, attributes and history.</summary>
    public static long Bytes(Lead lead)
    {
        var bytes = 3L * ObjectBytes + Text(lead.Id);
        foreach (var point in lead.PointArray)
        {
            bytes += ObjectBytes + Text(point.Type) + Text(point.Channel);
        }

        foreach (var attribute in lead.AttributeMap)
        {
            bytes += ObjectBytes + Text(attribute.Key) + (attribute.Value is string text ? Text(text) : StringBytes);
        }

        foreach (var use in lead.HistoryArray)
        {
            bytes += ObjectBytes + Text(use.Strategy);
        }

        return bytes;
    }

    /// <summary>The estimated bytes of a line of input once read: its lead, id, error and kept columns, in characters (half the bytes).</summary>
    public static long Chars(LeadLine line)
    {
        var bytes = ObjectBytes + (line.Lead is null ? 0 : Bytes(line.Lead)) + Text(line.Id) + Text(line.Error) + Texts(line.Kept);
        return bytes / 2;
    }

    private static long Texts(IReadOnlyList<string> texts)
    {
        var bytes = 0L;
        for (var i = 0; i < texts.Count; i++)
        {
            bytes += Text(texts[i]);
        }

        return bytes;
    }

    private static long Text(string? text) => text is null ? 0 : StringBytes + (2L * text.Length);
}
