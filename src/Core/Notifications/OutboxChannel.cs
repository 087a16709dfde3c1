namespace CchcFeedback.Core.Notifications;

public enum OutboxChannel
{
    Email,
    Sms,

    /// <summary>A ZNS template message to a phone number.</summary>
    Zalo,

    /// <summary>A message to a person in the Official Account's chat, by their Zalo user id (OA message API).</summary>
    ZaloChat,

    /// <summary>A message to a person in the Page's Messenger chat, by their page-scoped id (Send API).</summary>
    Messenger,
}
