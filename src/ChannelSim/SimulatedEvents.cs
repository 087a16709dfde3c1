using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;

namespace CchcFeedback.ChannelSim;

/// <summary>A webhook call as a platform makes it: the path below the Api, the exact body bytes and the signature header.</summary>
public sealed record SignedEvent(string Path, byte[] Body, string SignatureHeader, string Signature);

/// <summary>A person's text as Zalo and Meta post it to the webhooks (developers.zalo.me "Webhook" <c>user_send_text</c>;
/// Messenger Platform "messages" webhook), signed as they sign it. Text is sent as raw UTF-8, as the platforms send
/// Vietnamese, so the signature covers the same bytes the Api reads.</summary>
public static class SimulatedEvents
{
    public const string ZaloWebhookPath = "api/channels/zalo/webhook";
    public const string FacebookWebhookPath = "api/channels/facebook/webhook";

    /// <summary>The Official Account's and the Page's ids in simulated events: the Api keys nothing on them.</summary>
    private const string OaId = "579745863508352884";
    private const string PageId = "107412345678901";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SignedEvent ZaloText(string appId, string oaSecretKey, string userId, string text, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = JsonSerializer.Serialize(new
        {
            app_id = appId,
            user_id_by_app = userId,
            event_name = ZaloEvent.SendText,
            timestamp,
            sender = new { id = userId },
            recipient = new { id = OaId },
            message = new { text, msg_id = Guid.NewGuid().ToString("N") },
        }, Json);
        return new SignedEvent(ZaloWebhookPath, Encoding.UTF8.GetBytes(body), ZaloSignature.Header, ZaloSignature.Compute(appId, body, timestamp, oaSecretKey));
    }

    public static SignedEvent FacebookText(string appSecret, string psid, string text, DateTimeOffset now)
    {
        var time = now.ToUnixTimeMilliseconds();
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            @object = "page",
            entry = new[]
            {
                new
                {
                    id = PageId,
                    time,
                    messaging = new[]
                    {
                        new { sender = new { id = psid }, recipient = new { id = PageId }, timestamp = time, message = new { mid = $"m_{Guid.NewGuid():N}", text } },
                    },
                },
            },
        }, Json));
        return new SignedEvent(FacebookWebhookPath, body, FacebookSignature.Header, FacebookSignature.Compute(body, appSecret));
    }
}
