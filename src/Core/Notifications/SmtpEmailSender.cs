using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

public class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(settings.SmtpHost ?? "localhost", settings.SmtpPort,
                settings.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
            }
            await client.SendAsync(MimeMessages.From(message, settings), cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SendOutcome.Delivered;
        }
        catch (Exception exception) when (exception is MailKit.ProtocolException or MailKit.CommandException or MailKit.Security.AuthenticationException or IOException or System.Net.Sockets.SocketException)
        {
            var recipientRefused = exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refusal && (int)refusal.StatusCode >= 500;
            throw new EmailDeliveryException($"SMTP delivery through {settings.SmtpHost}:{settings.SmtpPort} failed", exception, recipientRefused);
        }
    }
}
