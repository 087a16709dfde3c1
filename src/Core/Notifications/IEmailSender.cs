namespace CchcFeedback.Core.Notifications;

/// <summary>Delivers one e-mail. Adapters: SMTP (MailKit) for deployments, a pickup folder for a developer's machine.</summary>
public interface IEmailSender
{
    Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
