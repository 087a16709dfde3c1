namespace CchcFeedback.Core.Notifications;

/// <summary>A file sent with an e-mail: its name as the recipient sees it, its MIME type and its bytes.</summary>
public sealed record MessageAttachment(string FileName, string ContentType, byte[] Content);
