using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>What the handlers need of a Zalo OA webhook event. Shapes (developers.zalo.me, "Webhook"):
/// <c>user_send_text</c> has <c>sender.id</c> and <c>message.{msg_id,text}</c>; <c>follow</c> and <c>unfollow</c>
/// have <c>follower.id</c>; <c>user_submit_info</c> has <c>sender.id</c> and <c>info.{name,phone,address,…}</c>;
/// <c>user_feedback</c> (a ZNS rating) has <c>message.{msg_id,rate,note,feedbacks,tracking_id}</c>. Every event has
/// <c>app_id</c>, <c>event_name</c> and <c>timestamp</c> (milliseconds, as a string).</summary>
public sealed record ZaloEvent(string Name, string Timestamp, string UserId, string Key, string? Text, string? Phone, int? Rate, string? TrackingId)
{
    public const string SendText = "user_send_text";
    public const string Follow = "follow";
    public const string Unfollow = "unfollow";
    public const string SubmitInfo = "user_submit_info";
    public const string Feedback = "user_feedback";

    /// <summary>Null when the body is not a Zalo event (not JSON, no event name or timestamp).</summary>
    public static ZaloEvent? Parse(string rawBody)
    {
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || JsonFields.String(root, "event_name") is not { Length: > 0 } name
                || JsonFields.Scalar(root, "timestamp") is not { Length: > 0 } timestamp)
            {
                return null;
            }
            var message = JsonFields.Child(root, "message");
            var user = JsonFields.String(JsonFields.Child(root, "sender"), "id") ?? JsonFields.String(JsonFields.Child(root, "follower"), "id") ?? JsonFields.String(root, "user_id_by_app") ?? "";
            // A user_feedback comes from the OA's template, so its sender may be the OA: the rater is the recipient then.
            if (name == Feedback && JsonFields.String(JsonFields.Child(root, "recipient"), "id") is { } recipient && JsonFields.String(root, "oa_id") == user)
            {
                user = recipient;
            }
            var key = JsonFields.Scalar(message, "msg_id") is { Length: > 0 } msgId
                ? msgId
                : $"{name}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawBody)))}";
            int? rate = message is { } m && m.TryGetProperty("rate", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var value) ? value : null;
            return new ZaloEvent(name, timestamp, user, key, JsonFields.String(message, "text"), JsonFields.String(JsonFields.Child(root, "info"), "phone"), rate, JsonFields.Scalar(message, "tracking_id"));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
