using MimeKit;

namespace CchcFeedback.Core.Notifications;

internal static class MimeMessages
{
    public static MimeMessage From(EmailMessage message, EmailOptions options)
    {
        var body = new BodyBuilder { TextBody = message.TextBody };
        foreach (var attachment in message.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        return new MimeMessage
        {
            From = { new MailboxAddress(options.FromName, options.From) },
            To = { MailboxAddress.Parse(message.To) },
            Subject = message.Subject,
            Body = body.ToMessageBody(),
        };
    }
}
