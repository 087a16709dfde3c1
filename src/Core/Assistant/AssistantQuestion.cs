namespace CchcFeedback.Core.Assistant;

/// <summary>Where a question was asked; stored with the exchange and used to shape the reply (buttons on the web,
/// quick replies on Zalo and Messenger).</summary>
public enum AssistantChannel { Web, Zalo, Facebook, Api }

/// <summary>One turn of a conversation as a citizen typed it (or the text of a choice they tapped).
/// <paramref name="TouchpointToken"/> is the QR code the person came from, when they did: it enables the
/// "Đánh giá" hand-off for that counter.</summary>
public sealed record AssistantQuestion(
    Guid ConversationId,
    string Text,
    AssistantChannel Channel,
    string? TouchpointToken = null);
