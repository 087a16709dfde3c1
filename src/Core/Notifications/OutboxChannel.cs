namespace CchcFeedback.Core.Notifications;

public enum OutboxChannel
{
    Email,
    Sms,
    Zalo,
}
