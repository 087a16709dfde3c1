using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>The Send API: <c>POST {GraphBaseUrl}/me/messages?access_token=…</c> with <c>messaging_type: RESPONSE</c>
/// (a reply inside the 24-hour window after the person's message) and the choices as quick replies (at most 13,
/// titles of at most 20 characters).</summary>
public class FacebookClient(IHttpClientFactory clients, IOptions<FacebookOptions> options)
{
    public const string HttpClientName = "facebook";

    public async Task SendAsync(string recipientId, ChannelReply reply, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var quickReplies = reply.Choices.Take(13)
            .Select(c => new { content_type = "text", title = c.Label.Length <= 20 ? c.Label : c.Label[..20], payload = c.Text })
            .ToList();
        var text = reply.Text.Length <= 2000 ? reply.Text : reply.Text[..2000];
        object message = quickReplies.Count == 0 ? new { text } : new { text, quick_replies = quickReplies };
        var url = ChannelUrls.Combine(settings.GraphBaseUrl, $"me/messages?access_token={Uri.EscapeDataString(settings.PageAccessToken ?? "")}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { recipient = new { id = recipientId }, messaging_type = "RESPONSE", message }),
        };
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new HttpRequestException("The Send API could not be reached", exception);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The Send API answered {(int)response.StatusCode}", null, response.StatusCode);
            }
        }
    }
}
