using System.Text;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Receives a Zalo OA webhook call: checks the signature over the exact bytes received, then stores the
/// event once; the work is done by <see cref="ChannelEventJob"/>, so Zalo gets its 200 at once.</summary>
public class ZaloWebhook(ChannelEventStore store, IOptions<ZaloOptions> options)
{
    public async Task<WebhookResult> ReceiveAsync(byte[] rawBody, string? signature, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return WebhookResult.Off;
        }
        string body;
        try
        {
            body = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(rawBody);
        }
        catch (DecoderFallbackException)
        {
            return WebhookResult.Unauthorized;
        }
        // The timestamp is part of what is signed; it is read from the body before the body is trusted, and an
        // event without one cannot be signed, so it is refused as unsigned.
        var parsed = ZaloEvent.Parse(body);
        if (parsed is null || !ZaloSignature.IsValid(signature, settings.AppId!, body, parsed.Timestamp, settings.OaSecretKey!))
        {
            return WebhookResult.Unauthorized;
        }
        if (string.IsNullOrEmpty(parsed.UserId))
        {
            return WebhookResult.Invalid;
        }
        await store.AddAsync(ChannelNames.Zalo, parsed.Key, parsed.Name, parsed.UserId, body, cancellationToken);
        return WebhookResult.Accepted;
    }
}
