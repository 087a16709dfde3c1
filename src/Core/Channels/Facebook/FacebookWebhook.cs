using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>Receives the Messenger Platform's webhook: the subscription handshake, and signed batches of
/// <c>{"object":"page","entry":[{"messaging":[…]}]}</c> whose <c>message</c> (not echoes) and <c>postback</c> items
/// are stored one by one, each once by its <c>mid</c>.</summary>
public class FacebookWebhook(ChannelEventStore store, IOptions<FacebookOptions> options)
{
    public const string MessageEvent = "message";
    public const string PostbackEvent = "postback";

    /// <summary>The challenge to echo, or null when the handshake is not ours (wrong mode or token, channel off).</summary>
    public string? Verify(string? mode, string? verifyToken, string? challenge)
    {
        var settings = options.Value;
        if (!settings.Enabled || mode != "subscribe" || string.IsNullOrEmpty(challenge) || verifyToken is null)
        {
            return null;
        }
        var expected = Encoding.UTF8.GetBytes(settings.VerifyToken ?? "");
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(verifyToken)) ? challenge : null;
    }

    public async Task<WebhookResult> ReceiveAsync(byte[] rawBody, string? signature, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return WebhookResult.Off;
        }
        if (!FacebookSignature.IsValid(signature, rawBody, settings.AppSecret!))
        {
            return WebhookResult.Unauthorized;
        }
        List<(string Key, string Name, string User, string Raw)> items;
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "page")
            {
                return WebhookResult.Invalid;
            }
            items = [.. Items(document.RootElement)];
        }
        catch (JsonException)
        {
            return WebhookResult.Invalid;
        }
        foreach (var (key, name, user, raw) in items)
        {
            await store.AddAsync(ChannelNames.Facebook, key, name, user, raw, cancellationToken);
        }
        return WebhookResult.Accepted;
    }

    private static IEnumerable<(string Key, string Name, string User, string Raw)> Items(JsonElement root)
    {
        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("messaging", out var messaging) || messaging.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var item in messaging.EnumerateArray())
            {
                if (FacebookEvent.Parse(item) is { } parsed)
                {
                    yield return (parsed.Key, parsed.Name, parsed.UserId, item.GetRawText());
                }
            }
        }
    }
}
