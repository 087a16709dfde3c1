namespace CchcFeedback.Core.Notifications;

/// <summary>A short text to a phone number (SMS or Zalo). The number is personal data: never logged whole.</summary>
public record PhoneMessage(string PhoneNumber, string Text);
