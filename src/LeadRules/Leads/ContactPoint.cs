using System;

namespace LeadRules.Leads;

/// <summary>One meeting between the business and a lead: what happened, when, how many times and where.</summary>
public sealed class ContactPoint
{
    /// <summary>Creates a contact point.</summary>
    /// <param name="type">A contact-point type from the rule set's vocabulary, for example <c>pricing_view</c>.</param>
    /// <param name="at">When it happened; <see langword="null"/> when unknown.</param>
    /// <param name="count">How many times it happened; 1 by default.</param>
    /// <param name="channel">Where it happened (free text), if known.</param>
    public ContactPoint(string type, DateTimeOffset? at = null, int count = 1, string? channel = null)
    {
        Type = type;
        At = at;
        Count = count;
        Channel = channel;
    }

    /// <summary>The contact-point type, for example <c>referral</c> or <c>cart_abandoned</c>.</summary>
    public string Type { get; }

    /// <summary>When it happened, or <see langword="null"/> when unknown.</summary>
    public DateTimeOffset? At { get; }

    /// <summary>How many times it happened (at least 0).</summary>
    public int Count { get; }

    /// <summary>Where it happened, if known.</summary>
    public string? Channel { get; }
}
