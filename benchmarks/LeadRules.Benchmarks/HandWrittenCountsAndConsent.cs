using System;
using System.Collections.Generic;
using LeadRules.Leads;

namespace LeadRules.Benchmarks;

/// <summary>
/// The benchmarks' second rule set (rules/counts-and-consent.json) written by hand in C#: 24 rules over contact-point
/// counts and consent. <c>SimpleRuleSetBenchmarks</c> checks at setup that it agrees with the library on every
/// benchmark lead, and so does a test.
/// </summary>
internal sealed class HandWrittenCountsAndConsent
{
    // The types the rules count, in the order of the counts below.
    private static readonly string[] Types =
    {
        "email_open", "email_click", "content_download", "inbound_inquiry", "form_submission", "demo_request", "quote_request",
        "pricing_view", "meeting_held", "email_bounce", "unsubscribe", "unreachable", "seminar_attended",
    };

    private static readonly Dictionary<string, int> Index = CreateIndex();

    private readonly int[] _count = new int[Types.Length];

    /// <summary>The strategies in rule-file order, as the bits of <see cref="Assess"/>'s result.</summary>
    public static IReadOnlyList<string> Strategies { get; } = new[]
    {
        "digital_ads", "direct_mailer", "cold_call", "personal_follow_up_email", "warm_call", "seminar_invitation", "one_on_one_call", "proposal",
    };

    /// <summary>The strategies an assessment recommends, as the bits <see cref="Assess"/> returns them.</summary>
    public static int StrategyBits(Assessment assessment)
    {
        var bits = 0;
        foreach (var recommendation in assessment.Recommendations)
        {
            bits |= 1 << Array.IndexOf((string[])Strategies, recommendation.Strategy);
        }

        return bits;
    }

    /// <summary>Returns the temperature, the score and the recommended strategies as bits in rule-file order.</summary>
    public (Temperature Temperature, double Score, int Strategies) Assess(Lead lead, DateTimeOffset asOf)
    {
        Aggregate(lead, asOf);
        var consent = lead.Consent;
        double score = 0;
        if (C(0) > 0) score += Math.Min(5, 1 * C(0));
        if (C(1) > 0) score += Math.Min(12, 3 * C(1));
        if (C(2) >= 2) score += 8;
        if (C(3) + C(4) > 0) score += 20;
        if (C(5) + C(6) > 0) score += 25;
        if (C(7) > 0) score += Math.Min(12, 4 * C(7));
        if (C(8) > 0) score += 15;
        if (consent.Email == ConsentState.Granted) score += 3;
        if (consent.Phone == ConsentState.Granted) score += 3;
        if (C(9) > 0) score -= 10;
        if (C(10) > 0) score -= 25;
        if (C(11) > 0) score += Math.Max(-15, -5 * C(11));

        var temperature = C(5) + C(6) + C(8) > 0 && score >= 30 ? Temperature.Qualified
            : score >= 10 || C(3) > 0 ? Temperature.Warm
            : Temperature.Cold;
        var cold = temperature == Temperature.Cold;
        var warm = temperature == Temperature.Warm;
        var qualified = temperature == Temperature.Qualified;
        var ticks = asOf.UtcTicks;
        var strategies = 0;
        Pick(ref strategies, 0, cold && !Cooling(lead, ticks, 0, 14));
        Pick(ref strategies, 1, cold && C(10) == 0 && consent.Mail != ConsentState.Denied && !Cooling(lead, ticks, 1, 60));
        Pick(ref strategies, 2, cold && score >= 0 && consent.Phone != ConsentState.Denied && !Cooling(lead, ticks, 2, 30));
        Pick(ref strategies, 3, warm && C(1) > 0 && consent.Email != ConsentState.Denied && !Cooling(lead, ticks, 3, 7));
        Pick(ref strategies, 4, warm && consent.Phone == ConsentState.Granted && !Cooling(lead, ticks, 4, 14));
        Pick(ref strategies, 5, warm && C(12) == 0 && consent.Email != ConsentState.Denied && !Cooling(lead, ticks, 5, 30));
        Pick(ref strategies, 6, qualified && consent.Phone != ConsentState.Denied && !Cooling(lead, ticks, 6, 3));
        Pick(ref strategies, 7, qualified && C(6) + C(5) > 0 && consent.Email != ConsentState.Denied && !Cooling(lead, ticks, 7, 14));
        return (temperature, score, strategies);
    }

    private static void Pick(ref int strategies, int bit, bool recommended)
    {
        if (recommended)
        {
            strategies |= 1 << bit;
        }
    }

    /// <summary>Whether the lead's history applied the strategy less than <paramref name="days"/> before the as-of time.</summary>
    private static bool Cooling(Lead lead, long asOf, int strategy, double days)
    {
        var history = lead.History;
        for (var i = 0; i < history.Count; i++)
        {
            var at = history[i].At.UtcTicks;
            if (history[i].Strategy == Strategies[strategy] && at <= asOf && (double)(asOf - at) / TimeSpan.TicksPerDay < days)
            {
                return true;
            }
        }

        return false;
    }

    private void Aggregate(Lead lead, DateTimeOffset asOf)
    {
        Array.Clear(_count, 0, _count.Length);
        var points = lead.ContactPoints;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            // A contact point after the as-of time has not happened yet; an undated one counts.
            if (point.At is { } at && at.UtcTicks > asOf.UtcTicks)
            {
                continue;
            }

            if (Index.TryGetValue(point.Type, out var type))
            {
                _count[type] += point.Count;
            }
        }
    }

    private int C(int type) => _count[type];

    private static Dictionary<string, int> CreateIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Types.Length; i++)
        {
            index[Types[i]] = i;
        }

        return index;
    }
}
