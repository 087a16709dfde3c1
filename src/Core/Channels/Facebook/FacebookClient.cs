using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Core.Security;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>The Send API refused a message: the HTTP status and Meta's <c>error.code</c> (e.g. 10: outside the
/// allowed window; 551: the person is not reachable). The message is ours and holds no personal data.</summary>
public class FacebookApiException(string message, HttpStatusCode? status, int? errorCode, Exception? inner = null)
    : HttpRequestException(message, inner, status)
{
    public int? ErrorCode { get; } = errorCode;
}

/// <summary>The Send API: <c>POST {GraphBaseUrl}/me/messages?access_token=…</c>. A reply goes with
/// <c>messaging_type: RESPONSE</c> (inside the 24-hour window after the person's message) and the choices as quick
/// replies (at most 13, titles of at most 20 characters). A petition's notice may come days later, outside that
/// window: it goes with <c>messaging_type: MESSAGE_TAG</c> and the tag <c>ACCOUNT_UPDATE</c>, which Meta allows for
/// a non-promotional change to something the person applied for (a status update of their petition).</summary>
public class FacebookClient(IHttpClientFactory clients, IOptions<FacebookOptions> options)
{
    public const string HttpClientName = "facebook";
    public const string NoticeTag = "ACCOUNT_UPDATE";

    public async Task SendAsync(string recipientId, ChannelReply reply, CancellationToken cancellationToken)
    {
        var quickReplies = reply.Choices.Take(13)
            .Select(c => new { content_type = "text", title = c.Label.Length <= 20 ? c.Label : c.Label[..20], payload = c.Text })
            .ToList();
        var text = Clip(reply.Text);
        object message = quickReplies.Count == 0 ? new { text } : new { text, quick_replies = quickReplies };
        await PostAsync(new { recipient = new { id = recipientId }, messaging_type = "RESPONSE", message }, cancellationToken);
    }

    /// <summary>A notice outside the conversation. Returns Meta's <c>message_id</c>.</summary>
    public Task<string?> SendNoticeAsync(string recipientId, string text, CancellationToken cancellationToken) =>
        PostAsync(new { recipient = new { id = recipientId }, messaging_type = "MESSAGE_TAG", tag = NoticeTag, message = new { text = Clip(text) } }, cancellationToken);

    private async Task<string?> PostAsync(object body, CancellationToken cancellationToken)
    {
        var url = ChannelUrls.Combine(options.Value.GraphBaseUrl, $"me/messages?access_token={Uri.EscapeDataString(options.Value.PageAccessToken ?? "")}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new FacebookApiException("The Send API could not be reached", null, null, exception);
        }
        using (response)
        {
            JsonElement? root = null;
            try
            {
                root = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).Clone();
            }
            catch (JsonException)
            {
                // An answer that is not JSON: only the status says what happened.
            }
            if (!response.IsSuccessStatusCode)
            {
                var code = JsonFields.Child(root, "error") is { } error && error.TryGetProperty("code", out var c) && c.TryGetInt32(out var value) ? value : (int?)null;
                throw new FacebookApiException($"The Send API answered {(int)response.StatusCode} (error {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"})",
                    response.StatusCode, code);
            }
            return JsonFields.String(root, "message_id");
        }
    }

    private static string Clip(string text) => TextInput.Cut(text, 2000);
}
