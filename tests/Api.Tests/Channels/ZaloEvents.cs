using System.Text;
using System.Text.Json;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.TestCommon.Channels;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>Zalo webhook events shaped as developers.zalo.me documents them, signed as Zalo signs them.</summary>
public static class ZaloEvents
{
    private static long _clock = 1765072800000;

    private static string Timestamp() => Interlocked.Increment(ref _clock).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Text(string userId, string text, string? msgId = null) => JsonSerializer.Serialize(new
    {
        app_id = FakeChannelPlatforms.AppId,
        user_id_by_app = "app-" + userId,
        event_name = "user_send_text",
        timestamp = Timestamp(),
        sender = new { id = userId },
        recipient = new { id = "oa-1" },
        message = new { text, msg_id = msgId ?? Guid.NewGuid().ToString("N") },
    });

    public static string Follow(string userId) => JsonSerializer.Serialize(new
    {
        oa_id = "oa-1",
        follower = new { id = userId },
        user_id_by_app = "app-" + userId,
        event_name = "follow",
        source = "oa_profile",
        app_id = FakeChannelPlatforms.AppId,
        timestamp = Timestamp(),
    });

    public static string SubmitInfo(string userId, string phone) => JsonSerializer.Serialize(new
    {
        app_id = FakeChannelPlatforms.AppId,
        sender = new { id = userId },
        recipient = new { id = "oa-1" },
        event_name = "user_submit_info",
        info = new { address = "12 Lê Lợi", phone, city = "Quảng Trị", district = "Đông Hà", name = "Nguyễn Văn An", ward = "Phường 1" },
        timestamp = Timestamp(),
        user_id_by_app = "app-" + userId,
    });

    public static string Feedback(string userId, int rate, string trackingId) => JsonSerializer.Serialize(new
    {
        app_id = FakeChannelPlatforms.AppId,
        oa_id = "oa-1",
        sender = new { id = "oa-1" },
        recipient = new { id = userId },
        event_name = "user_feedback",
        timestamp = Timestamp(),
        message = new { note = "", rate, submit_time = "1765072800000", msg_id = Guid.NewGuid().ToString("N"), feedbacks = new[] { "Trả lời rõ ràng" }, tracking_id = trackingId },
    });

    public static HttpRequestMessage Signed(string body, string? signature = null)
    {
        var timestamp = JsonDocument.Parse(body).RootElement.GetProperty("timestamp").GetString()!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/zalo/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(ZaloSignature.Header,
            signature ?? ZaloSignature.Compute(FakeChannelPlatforms.AppId, body, timestamp, FakeChannelPlatforms.OaSecretKey));
        return request;
    }
}
