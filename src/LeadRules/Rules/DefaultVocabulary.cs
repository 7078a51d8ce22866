using System.Collections.Generic;

namespace LeadRules.Rules;

/// <summary>The domain's contact-point types, channel groups and strategy catalogue; names are fixed.</summary>
internal static class DefaultVocabulary
{
    public static readonly (string Group, string[] Types)[] TypesByGroup =
    {
        ("marketing", new[] { "direct_mail", "digital_ad_click", "sponsored_social_click", "email_open", "email_click", "sms_received" }),
        ("social_proof", new[] { "referral", "review_view", "social_mention" }),
        ("search", new[] { "organic_search_visit", "paid_search_click" }),
        ("website", new[] { "website_visit", "content_download", "newsletter_signup" }),
        ("direct", new[] { "inbound_inquiry", "social_inquiry", "chat_conversation", "form_submission", "seminar_registration", "seminar_attended", "event_visit", "retail_visit", "networking_contact" }),
        ("intent", new[] { "pricing_view", "demo_request", "quote_request", "trial_signup", "cart_add", "cart_abandoned", "meeting_held", "call_connected", "proposal_viewed" }),
        ("negative", new[] { "email_bounce", "unsubscribe", "spam_complaint", "unreachable", "not_interested" }),
        ("outcome", new[] { "purchase" }),
    };

    public static readonly string[] Strategies =
    {
        "direct_mailer", "digital_ads", "sponsored_social_post",
        "personal_follow_up_email", "sales_letter", "seminar_invitation",
        "one_on_one_call", "in_person_meeting", "limited_time_discount", "proposal",
        "abandoned_cart_email", "cold_call", "warm_call", "promo_event_invitation", "networking", "retail_interaction",
    };

    public static IEnumerable<KeyValuePair<string, string>> Types()
    {
        foreach (var (group, types) in TypesByGroup)
        {
            foreach (var type in types)
            {
                yield return new KeyValuePair<string, string>(type, group);
            }
        }
    }
}
