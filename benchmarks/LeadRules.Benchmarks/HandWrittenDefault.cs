using System;
using System.Collections.Generic;
using LeadRules;
using LeadRules.Leads;

namespace LeadRules.Benchmarks;

/// <summary>
/// The default rule set (rules/default.json) written by hand in C#: the practical ceiling for its speed.
/// <see cref="LeadScorerBenchmarks"/> checks at setup that it agrees with the library on every benchmark lead.
/// </summary>
internal sealed class HandWrittenDefault
{
    private const long NotDated = long.MinValue;

    private static readonly string[] Types =
    {
        "direct_mail", "digital_ad_click", "sponsored_social_click", "email_open", "email_click", "sms_received",
        "referral", "review_view", "social_mention", "organic_search_visit", "paid_search_click",
        "website_visit", "content_download", "newsletter_signup",
        "inbound_inquiry", "social_inquiry", "chat_conversation", "form_submission", "seminar_registration", "seminar_attended", "event_visit", "retail_visit", "networking_contact",
        "pricing_view", "demo_request", "quote_request", "trial_signup", "cart_add", "cart_abandoned", "meeting_held", "call_connected", "proposal_viewed",
        "email_bounce", "unsubscribe", "spam_complaint", "unreachable", "not_interested", "purchase",
    };

    private static readonly int[] GroupOf = { 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7 };
    private static readonly Dictionary<string, int> Index = CreateIndex();

    private readonly int[] _count = new int[Types.Length];
    private readonly long[] _latest = new long[Types.Length];
    private readonly int[] _groupCount = new int[8];
    private readonly long[] _groupLatest = new long[8];
    private readonly double[] _weight = new double[Types.Length];
    private readonly bool[] _undated = new bool[Types.Length];
    private long _asOf;

    /// <summary>Returns the temperature, the score and the recommended strategies as bits in rule-file order.</summary>
    public (Temperature Temperature, double Score, int Strategies) Assess(Lead lead, DateTimeOffset asOf)
    {
        Aggregate(lead, asOf);
        double score = 0;
        if (C(6) > 0) score += Once(15, 6, 180);
        if (C(7) > 0) score += Each(3, 9, 7);
        if (C(8) > 0) score += Each(4, 8, 8);
        if (C(4) > 0) score += Each(2, 10, 4);
        if (C(1) + C(2) > 0) score += 2;
        if (_groupCount[2] > 0) score += 4;
        if (C(11) > 0) score += Each(1, 5, 11);
        if (C(12) > 0) score += Each(4, 12, 12);
        if (C(13) > 0) score += 5;
        if (C(14) > 0) score += Once(20, 14, 60);
        if (C(15) > 0) score += Once(15, 15, 60);
        if (C(16) > 0) score += Each(8, 16, 16);
        if (C(17) > 0) score += Once(12, 17, 60);
        if (C(18) > 0) score += Once(10, 18, 60);
        if (C(19) > 0) score += Once(15, 19, 90);
        if (C(20) + C(21) > 0) score += 10;
        if (C(22) > 0) score += Once(6, 22, 90);
        if (C(23) > 0) score += Each(6, 18, 23);
        if (C(24) + C(25) > 0) score += 25;
        if (C(26) > 0) score += Once(20, 26, 30);
        if (C(27) > 0) score += Each(5, 15, 27);
        if (C(28) > 0) score += Once(15, 28, 7);
        if (C(29) > 0) score += Once(25, 29, 45);
        if (C(30) > 0) score += Each(8, 16, 30);
        if (C(31) > 0) score += Once(20, 31, 30);
        var channels = Channels();
        if (channels >= 3) score += 10;
        if (lead.Attributes.TryGetValue("role", out var role) && role is "decision_maker") score += 5;
        if (C(32) > 0) score -= 10;
        if (C(33) > 0) score -= 25;
        if (C(34) > 0) score -= 50;
        if (C(35) > 0) score += Round(Math.Max(-20, -5.0 * C(35)));
        if (C(36) > 0) score += Once(-40, 36, 180);
        score = Round(score);

        var temperature = GroupDays(5) <= 30 && channels >= 2 && !(Days(36) <= 90) ? Temperature.Qualified
            : _groupCount[4] > 0 || _groupCount[1] > 0 || score >= 10 ? Temperature.Warm
            : Temperature.Cold;
        var cold = temperature == Temperature.Cold;
        var warm = temperature == Temperature.Warm;
        var qualified = temperature == Temperature.Qualified;
        var consent = lead.Consent;
        var strategies = 0;
        Pick(ref strategies, 0, cold && consent.Mail != ConsentState.Denied && !Cooling(lead, "direct_mailer", 60));
        Pick(ref strategies, 1, cold && !Cooling(lead, "digital_ads", 14));
        Pick(ref strategies, 2, cold && !Cooling(lead, "sponsored_social_post", 14));
        Pick(ref strategies, 3, cold && score >= 0 && consent.Phone != ConsentState.Denied && !Cooling(lead, "cold_call", 30));
        Pick(ref strategies, 4, (cold || warm) && C(22) + C(20) > 0 && !Cooling(lead, "networking", 90));
        Pick(ref strategies, 5, warm && consent.Email != ConsentState.Denied && !Cooling(lead, "personal_follow_up_email", 7));
        Pick(ref strategies, 6, warm && consent.Mail != ConsentState.Denied && !Cooling(lead, "sales_letter", 30));
        Pick(ref strategies, 7, warm && C(19) == 0 && consent.Email != ConsentState.Denied && !Cooling(lead, "seminar_invitation", 30));
        Pick(ref strategies, 8, warm && GroupDays(4) <= 30 && consent.Phone != ConsentState.Denied && !Cooling(lead, "warm_call", 14));
        Pick(ref strategies, 9, (warm || qualified) && _groupCount[4] > 0 && !Cooling(lead, "promo_event_invitation", 60));
        Pick(ref strategies, 10, qualified && consent.Phone != ConsentState.Denied && !Cooling(lead, "one_on_one_call", 3));
        Pick(ref strategies, 11, qualified && !(Days(29) <= 14) && !Cooling(lead, "in_person_meeting", 14));
        Pick(ref strategies, 12, qualified && (Days(23) <= 14 || Days(28) <= 14) && consent.Email != ConsentState.Denied && !Cooling(lead, "limited_time_discount", 30));
        Pick(ref strategies, 13, qualified && C(25) + C(24) + C(29) > 0 && consent.Email != ConsentState.Denied && !Cooling(lead, "proposal", 14));
        Pick(ref strategies, 14, (warm || qualified) && Days(28) <= 7 && consent.Email != ConsentState.Denied && !Cooling(lead, "abandoned_cart_email", 2));
        Pick(ref strategies, 15, qualified && Days(21) <= 14 && !Cooling(lead, "retail_interaction", 7));
        return (temperature, score, strategies);
    }

    private static void Pick(ref int strategies, int bit, bool recommended)
    {
        if (recommended)
        {
            strategies |= 1 << bit;
        }
    }

    private bool Cooling(Lead lead, string strategy, double days)
    {
        var history = lead.History;
        for (var i = 0; i < history.Count; i++)
        {
            var at = history[i].At.UtcTicks;
            if (history[i].Strategy == strategy && at <= _asOf && (double)(_asOf - at) / TimeSpan.TicksPerDay < days)
            {
                return true;
            }
        }

        return false;
    }

    private void Aggregate(Lead lead, DateTimeOffset asOf)
    {
        _asOf = asOf.UtcTicks;
        Array.Clear(_count, 0, _count.Length);
        Array.Clear(_groupCount, 0, _groupCount.Length);
        Array.Clear(_weight, 0, _weight.Length);
        Array.Clear(_undated, 0, _undated.Length);
        Array.Fill(_latest, NotDated);
        Array.Fill(_groupLatest, NotDated);
        var points = lead.ContactPoints;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var at = point.At?.UtcTicks ?? NotDated;
            if (point.Count == 0 || (at != NotDated && at > _asOf) || !Index.TryGetValue(point.Type, out var type))
            {
                continue;
            }

            _count[type] += point.Count;
            _latest[type] = Math.Max(_latest[type], at);
            _undated[type] |= at == NotDated;
            _groupCount[GroupOf[type]] += point.Count;
            _groupLatest[GroupOf[type]] = Math.Max(_groupLatest[GroupOf[type]], at);
            var age = at == NotDated ? 0 : (double)(_asOf - at) / TimeSpan.TicksPerDay;
            _weight[type] += point.Count * Math.Exp(-age * (0.6931471805599453 / HalfLife(type)));
        }
    }

    /// <summary>The half-life the default rule set fades each per-occurrence type by.</summary>
    private static double HalfLife(int type) => type switch
    {
        7 or 4 or 16 or 30 => 30,
        8 or 12 => 60,
        11 or 23 => 14,
        27 => 7,
        _ => double.PositiveInfinity,
    };

    private int C(int type) => _count[type];

    private double Days(int type) => _latest[type] == NotDated ? double.PositiveInfinity : (double)(_asOf - _latest[type]) / TimeSpan.TicksPerDay;

    private double GroupDays(int group) => _groupLatest[group] == NotDated ? double.PositiveInfinity : (double)(_asOf - _groupLatest[group]) / TimeSpan.TicksPerDay;

    private int Channels()
    {
        var channels = 0;
        for (var g = 0; g < 8; g++)
        {
            channels += g != 6 && _groupCount[g] > 0 ? 1 : 0;
        }

        return channels;
    }

    private double Once(double points, int type, double halfLife)
    {
        // An undated occurrence never fades, so it weighs in full whatever the dated ones.
        var days = _undated[type] ? double.PositiveInfinity : Days(type);
        return Round(double.IsInfinity(days) ? points : points * Math.Exp(-days * (0.6931471805599453 / halfLife)));
    }

    private double Each(double points, double cap, int type) => Round(Math.Min(cap, points * _weight[type]));

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

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
