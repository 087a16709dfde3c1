namespace CchcFeedback.Core.Notifications;

/// <summary>A short text to a phone number (SMS or Zalo). The number is personal data: never logged whole. A Zalo
/// notice also names its <paramref name="Template"/> kind and parameters, for the ZNS sender; gateways send the text.</summary>
public record PhoneMessage(string PhoneNumber, string Text, string? Template = null, IReadOnlyDictionary<string, string>? TemplateData = null,
    string? TrackingId = null);
