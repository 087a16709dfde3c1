namespace CchcFeedback.Core.Notifications;

/// <summary>Section <c>Notifications</c>: what the notification senders may be.</summary>
public class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Lets a Production host start although e-mail, SMS or Zalo would go to a stand-in (the pickup folder
    /// or the log), which reaches nobody. Off by default: Production refuses to start with a stand-in.</summary>
    public bool AllowStandIns { get; set; }
}
