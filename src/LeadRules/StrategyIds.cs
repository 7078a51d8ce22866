namespace LeadRules;

/// <summary>
/// The default strategy catalogue's ids, for code that reads recommendations or records history:
/// <c>new StrategyUse(StrategyIds.OneOnOneCall, at)</c>. A rule file may add strategies of its own.
/// </summary>
public static class StrategyIds
{
    /// <summary><c>direct_mailer</c>.</summary>
    public const string DirectMailer = "direct_mailer";

    /// <summary><c>digital_ads</c>.</summary>
    public const string DigitalAds = "digital_ads";

    /// <summary><c>sponsored_social_post</c>.</summary>
    public const string SponsoredSocialPost = "sponsored_social_post";

    /// <summary><c>personal_follow_up_email</c>.</summary>
    public const string PersonalFollowUpEmail = "personal_follow_up_email";

    /// <summary><c>sales_letter</c>.</summary>
    public const string SalesLetter = "sales_letter";

    /// <summary><c>seminar_invitation</c>.</summary>
    public const string SeminarInvitation = "seminar_invitation";

    /// <summary><c>one_on_one_call</c>.</summary>
    public const string OneOnOneCall = "one_on_one_call";

    /// <summary><c>in_person_meeting</c>.</summary>
    public const string InPersonMeeting = "in_person_meeting";

    /// <summary><c>limited_time_discount</c>.</summary>
    public const string LimitedTimeDiscount = "limited_time_discount";

    /// <summary><c>proposal</c>.</summary>
    public const string Proposal = "proposal";

    /// <summary><c>abandoned_cart_email</c>.</summary>
    public const string AbandonedCartEmail = "abandoned_cart_email";

    /// <summary><c>cold_call</c>.</summary>
    public const string ColdCall = "cold_call";

    /// <summary><c>warm_call</c>.</summary>
    public const string WarmCall = "warm_call";

    /// <summary><c>promo_event_invitation</c>.</summary>
    public const string PromoEventInvitation = "promo_event_invitation";

    /// <summary><c>networking</c>.</summary>
    public const string Networking = "networking";

    /// <summary><c>retail_interaction</c>.</summary>
    public const string RetailInteraction = "retail_interaction";
}
