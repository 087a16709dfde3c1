using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>One Messenger <c>messaging</c> item the assistant answers: a text (or a tapped quick reply, whose payload
/// is the text to ask) or a postback. Echoes of the Page's own messages and other items (reads, deliveries) are not.</summary>
public sealed record FacebookEvent(string Name, string Key, string UserId, string Text)
{
    public static FacebookEvent? Parse(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static FacebookEvent? Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || JsonFields.String(JsonFields.Child(item, "sender"), "id") is not { Length: > 0 } user)
        {
            return null;
        }
        if (JsonFields.Child(item, "message") is { } message && !(message.TryGetProperty("is_echo", out var echo) && echo.ValueKind == JsonValueKind.True))
        {
            var text = JsonFields.String(JsonFields.Child(message, "quick_reply"), "payload") ?? JsonFields.String(message, "text");
            return text is { Length: > 0 } ? new FacebookEvent(FacebookWebhook.MessageEvent, JsonFields.String(message, "mid") ?? Hash(item), user, text) : null;
        }
        if (JsonFields.Child(item, "postback") is { } postback && (JsonFields.String(postback, "payload") ?? JsonFields.String(postback, "title")) is { Length: > 0 } asked)
        {
            return new FacebookEvent(FacebookWebhook.PostbackEvent, JsonFields.String(postback, "mid") ?? Hash(item), user, asked);
        }
        return null;
    }

    private static string Hash(JsonElement item) => "hash:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.GetRawText())));
}
