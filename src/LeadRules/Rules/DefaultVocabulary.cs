using System.Collections.Generic;

namespace LeadRules.Rules;

/// <summary>The domain's contact-point types, channel groups and strategy catalogue; names are fixed.</summary>
internal static class DefaultVocabulary
{
    public static readonly (string Group, string[] Types)[] TypesByGroup =
    {
        ("marketing", new[] { ContactPointTypes.DirectMail, ContactPointTypes.DigitalAdClick, ContactPointTypes.SponsoredSocialClick, ContactPointTypes.EmailOpen, ContactPointTypes.EmailClick, ContactPointTypes.SmsReceived }),
        ("social_proof", new[] { ContactPointTypes.Referral, ContactPointTypes.ReviewView, ContactPointTypes.SocialMention }),
        ("search", new[] { ContactPointTypes.OrganicSearchVisit, ContactPointTypes.PaidSearchClick }),
        ("website", new[] { ContactPointTypes.WebsiteVisit, ContactPointTypes.ContentDownload, ContactPointTypes.NewsletterSignup }),
        ("direct", new[] { ContactPointTypes.InboundInquiry, ContactPointTypes.SocialInquiry, ContactPointTypes.ChatConversation, ContactPointTypes.FormSubmission, ContactPointTypes.SeminarRegistration, ContactPointTypes.SeminarAttended, ContactPointTypes.EventVisit, ContactPointTypes.RetailVisit, ContactPointTypes.NetworkingContact }),
        ("intent", new[] { ContactPointTypes.PricingView, ContactPointTypes.DemoRequest, ContactPointTypes.QuoteRequest, ContactPointTypes.TrialSignup, ContactPointTypes.CartAdd, ContactPointTypes.CartAbandoned, ContactPointTypes.MeetingHeld, ContactPointTypes.CallConnected, ContactPointTypes.ProposalViewed }),
        ("negative", new[] { ContactPointTypes.EmailBounce, ContactPointTypes.Unsubscribe, ContactPointTypes.SpamComplaint, ContactPointTypes.Unreachable, ContactPointTypes.NotInterested }),
        ("outcome", new[] { ContactPointTypes.Purchase }),
    };

    public static readonly string[] Strategies =
    {
        StrategyIds.DirectMailer, StrategyIds.DigitalAds, StrategyIds.SponsoredSocialPost,
        StrategyIds.PersonalFollowUpEmail, StrategyIds.SalesLetter, StrategyIds.SeminarInvitation,
        StrategyIds.OneOnOneCall, StrategyIds.InPersonMeeting, StrategyIds.LimitedTimeDiscount, StrategyIds.Proposal,
        StrategyIds.AbandonedCartEmail, StrategyIds.ColdCall, StrategyIds.WarmCall, StrategyIds.PromoEventInvitation, StrategyIds.Networking, StrategyIds.RetailInteraction,
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
