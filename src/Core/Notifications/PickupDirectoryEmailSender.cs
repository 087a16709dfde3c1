using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

/// <summary>Writes each message as an .eml file, which any mail client opens: a developer's machine has no SMTP.
/// A stand-in: nobody receives the message (<see cref="SendOutcome.StandIn"/>).</summary>
public class PickupDirectoryEmailSender(IOptions<EmailOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        try
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            var path = Path.Combine(settings.PickupDirectory, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await MimeMessages.From(message, settings).WriteToAsync(path, cancellationToken);
            return SendOutcome.StandIn;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new EmailDeliveryException($"Could not write to the pickup folder {settings.PickupDirectory}", exception);
        }
    }
}
