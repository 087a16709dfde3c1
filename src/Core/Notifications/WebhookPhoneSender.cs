using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

/// <summary>Hands SMS and Zalo messages to a gateway over HTTP: <c>POST {WebhookUrl}</c> with
/// <c>{"channel":"sms"|"zalo","to":"0912345678","text":"…"}</c>. Any 2xx is taken; a 4xx other than 408 and 429
/// means the gateway will never take this message, so it is not retried.</summary>
public class WebhookPhoneSender(IHttpClientFactory clients, IOptionsMonitor<PhoneGatewayOptions> options) : ISmsSender, IZaloSender
{
    public const string HttpClientName = "phone-gateway";

    Task<SendOutcome> ISmsSender.SendAsync(PhoneMessage message, CancellationToken cancellationToken) =>
        PostAsync("sms", options.Get(PhoneGatewayOptions.SmsSection), message, cancellationToken);

    async Task<SendReceipt> IZaloSender.SendAsync(PhoneMessage message, CancellationToken cancellationToken) =>
        await PostAsync("zalo", options.Get(PhoneGatewayOptions.ZaloSection), message, cancellationToken);

    private async Task<SendOutcome> PostAsync(string channel, PhoneGatewayOptions gateway, PhoneMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.WebhookUrl)
        {
            Content = JsonContent.Create(new { channel, to = message.PhoneNumber, text = message.Text }),
        };
        if (!string.IsNullOrEmpty(gateway.WebhookToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.WebhookToken);
        }
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new NotificationDeliveryException($"The {channel} gateway could not be reached", exception);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var permanent = status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
                throw new NotificationDeliveryException($"The {channel} gateway answered {status}", permanent: permanent);
            }
        }
        return SendOutcome.Delivered;
    }
}
