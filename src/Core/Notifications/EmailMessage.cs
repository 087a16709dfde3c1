namespace CchcFeedback.Core.Notifications;

public record EmailMessage(string To, string Subject, string TextBody, IReadOnlyList<MessageAttachment>? Attachments = null);
