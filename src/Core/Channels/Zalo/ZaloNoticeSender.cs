using System.Globalization;
using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Sends the outbox's Zalo notices as ZNS template messages through the Official Account: the template id
/// of the notice's kind (<see cref="ZaloOptions.Templates"/>), its parameters, the number in international form.
/// A singleton (the outbox job's senders are), so each send takes its own scope for the token store.</summary>
public class ZaloNoticeSender(IServiceScopeFactory scopes, IOptions<ZaloOptions> options) : IZaloSender
{
    public async Task<SendReceipt> SendAsync(PhoneMessage message, CancellationToken cancellationToken = default)
    {
        if (message.Template is null || !options.Value.Templates.TryGetValue(message.Template, out var templateId) || string.IsNullOrWhiteSpace(templateId))
        {
            throw new NotificationDeliveryException($"No ZNS template configured for the notice kind '{message.Template}' (Zalo:Templates)", permanent: true);
        }
        if (ZaloPhones.International(message.PhoneNumber) is not { } phone)
        {
            throw new NotificationDeliveryException("The phone number is not a Vietnamese mobile number", permanent: true);
        }
        await using var scope = scopes.CreateAsyncScope();
        var zalo = scope.ServiceProvider.GetRequiredService<ZaloClient>();
        try
        {
            var id = await zalo.SendTemplateAsync(phone, templateId, message.TemplateData ?? new Dictionary<string, string>(),
                message.TrackingId ?? Guid.NewGuid().ToString("N"), cancellationToken);
            return new SendReceipt(SendOutcome.Delivered, id);
        }
        catch (ZaloApiException exception)
        {
            // Zalo's negative codes are refusals of this message (no such template, number without Zalo, quota);
            // only a transport failure (no code) is worth the outbox's retries.
            throw new NotificationDeliveryException(exception.Message, exception, permanent: exception.ErrorCode is not null, exception.ErrorCode);
        }
    }
}
