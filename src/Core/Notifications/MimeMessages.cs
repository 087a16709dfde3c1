using MimeKit;

namespace CchcFeedback.Core.Notifications;

internal static class MimeMessages
{
    public static MimeMessage From(EmailMessage message, EmailOptions options) => new()
    {
        From = { new MailboxAddress(options.FromName, options.From) },
        To = { MailboxAddress.Parse(message.To) },
        Subject = message.Subject,
        Body = new TextPart("plain") { Text = message.TextBody },
    };
}
