namespace LeadRules;

/// <summary>
/// The default vocabulary's contact-point types, for code that builds leads: <c>new ContactPoint(ContactPointTypes.Referral)</c>.
/// A rule file may add types of its own; these are the names every rule set knows.
/// </summary>
public static class ContactPointTypes
{
    /// <summary><c>direct_mail</c>, in the <c>marketing</c> channel group.</summary>
    public const string DirectMail = "direct_mail";

    /// <summary><c>digital_ad_click</c>, in the <c>marketing</c> channel group.</summary>
    public const string DigitalAdClick = "digital_ad_click";

    /// <summary><c>sponsored_social_click</c>, in the <c>marketing</c> channel group.</summary>
    public const string SponsoredSocialClick = "sponsored_social_click";

    /// <summary><c>email_open</c>, in the <c>marketing</c> channel group.</summary>
    public const string EmailOpen = "email_open";

    /// <summary><c>email_click</c>, in the <c>marketing</c> channel group.</summary>
    public const string EmailClick = "email_click";

    /// <summary><c>sms_received</c>, in the <c>marketing</c> channel group.</summary>
    public const string SmsReceived = "sms_received";

    /// <summary><c>referral</c>, in the <c>social_proof</c> channel group.</summary>
    public const string Referral = "referral";

    /// <summary><c>review_view</c>, in the <c>social_proof</c> channel group.</summary>
    public const string ReviewView = "review_view";

    /// <summary><c>social_mention</c>, in the <c>social_proof</c> channel group.</summary>
    public const string SocialMention = "social_mention";

    /// <summary><c>organic_search_visit</c>, in the <c>search</c> channel group.</summary>
    public const string OrganicSearchVisit = "organic_search_visit";

    /// <summary><c>paid_search_click</c>, in the <c>search</c> channel group.</summary>
    public const string PaidSearchClick = "paid_search_click";

    /// <summary><c>website_visit</c>, in the <c>website</c> channel group.</summary>
    public const string WebsiteVisit = "website_visit";

    /// <summary><c>content_download</c>, in the <c>website</c> channel group.</summary>
    public const string ContentDownload = "content_download";

    /// <summary><c>newsletter_signup</c>, in the <c>website</c> channel group.</summary>
    public const string NewsletterSignup = "newsletter_signup";

    /// <summary><c>inbound_inquiry</c>, in the <c>direct</c> channel group.</summary>
    public const string InboundInquiry = "inbound_inquiry";

    /// <summary><c>social_inquiry</c>, in the <c>direct</c> channel group.</summary>
    public const string SocialInquiry = "social_inquiry";

    /// <summary><c>chat_conversation</c>, in the <c>direct</c> channel group.</summary>
    public const string ChatConversation = "chat_conversation";

    /// <summary><c>form_submission</c>, in the <c>direct</c> channel group.</summary>
    public const string FormSubmission = "form_submission";

    /// <summary><c>seminar_registration</c>, in the <c>direct</c> channel group.</summary>
    public const string SeminarRegistration = "seminar_registration";

    /// <summary><c>seminar_attended</c>, in the <c>direct</c> channel group.</summary>
    public const string SeminarAttended = "seminar_attended";

    /// <summary><c>event_visit</c>, in the <c>direct</c> channel group.</summary>
    public const string EventVisit = "event_visit";

    /// <summary><c>retail_visit</c>, in the <c>direct</c> channel group.</summary>
    public const string RetailVisit = "retail_visit";

    /// <summary><c>networking_contact</c>, in the <c>direct</c> channel group.</summary>
    public const string NetworkingContact = "networking_contact";

    /// <summary><c>pricing_view</c>, in the <c>intent</c> channel group.</summary>
    public const string PricingView = "pricing_view";

    /// <summary><c>demo_request</c>, in the <c>intent</c> channel group.</summary>
    public const string DemoRequest = "demo_request";

    /// <summary><c>quote_request</c>, in the <c>intent</c> channel group.</summary>
    public const string QuoteRequest = "quote_request";

    /// <summary><c>trial_signup</c>, in the <c>intent</c> channel group.</summary>
    public const string TrialSignup = "trial_signup";

    /// <summary><c>cart_add</c>, in the <c>intent</c> channel group.</summary>
    public const string CartAdd = "cart_add";

    /// <summary><c>cart_abandoned</c>, in the <c>intent</c> channel group.</summary>
    public const string CartAbandoned = "cart_abandoned";

    /// <summary><c>meeting_held</c>, in the <c>intent</c> channel group.</summary>
    public const string MeetingHeld = "meeting_held";

    /// <summary><c>call_connected</c>, in the <c>intent</c> channel group.</summary>
    public const string CallConnected = "call_connected";

    /// <summary><c>proposal_viewed</c>, in the <c>intent</c> channel group.</summary>
    public const string ProposalViewed = "proposal_viewed";

    /// <summary><c>email_bounce</c>, in the <c>negative</c> channel group.</summary>
    public const string EmailBounce = "email_bounce";

    /// <summary><c>unsubscribe</c>, in the <c>negative</c> channel group.</summary>
    public const string Unsubscribe = "unsubscribe";

    /// <summary><c>spam_complaint</c>, in the <c>negative</c> channel group.</summary>
    public const string SpamComplaint = "spam_complaint";

    /// <summary><c>unreachable</c>, in the <c>negative</c> channel group.</summary>
    public const string Unreachable = "unreachable";

    /// <summary><c>not_interested</c>, in the <c>negative</c> channel group.</summary>
    public const string NotInterested = "not_interested";

    /// <summary><c>purchase</c>, in the <c>outcome</c> channel group.</summary>
    public const string Purchase = "purchase";
}
