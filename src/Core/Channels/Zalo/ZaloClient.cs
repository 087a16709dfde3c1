using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>What the OA sends: customer-service messages (OA message API v3, <c>POST {ApiBaseUrl}/v3.0/oa/message/cs</c>,
/// allowed inside the window Zalo gives after the person's last message) and ZNS template messages
/// (<c>POST {ZnsBaseUrl}/message/template</c>), both with the access token in the <c>access_token</c> header.</summary>
public class ZaloClient(IHttpClientFactory clients, ZaloTokens tokens, IOptions<ZaloOptions> options)
{
    /// <summary>Returns Zalo's <c>message_id</c>.</summary>
    public async Task<string?> SendTextAsync(string userId, string text, CancellationToken cancellationToken)
    {
        var body = new { recipient = new { user_id = userId }, message = new { text = Clip(text, 2000) } };
        var data = await PostAsync(ChannelUrls.Combine(options.Value.ApiBaseUrl, "v3.0/oa/message/cs"), body, "message", cancellationToken);
        return Id(data, "message_id");
    }

    /// <summary>A transaction message (OA message API v3, <c>POST {ApiBaseUrl}/v3.0/oa/message/transaction</c>): the
    /// kind Zalo allows outside the customer-service window for an update of something the person did with the OA
    /// (here, the petition they sent in the chat), within the OA's quota. Its body is a <c>template</c> attachment of
    /// type <c>transaction_account</c> with a header, the text and a button that opens <paramref name="link"/>.
    /// Returns Zalo's <c>message_id</c>.</summary>
    public async Task<string?> SendTransactionAsync(string userId, string header, string text, string? link, CancellationToken cancellationToken)
    {
        var elements = new object[]
        {
            new { type = "header", content = Clip(header, 100), align = "left" },
            new { type = "text", content = Clip(text, 1000), align = "left" },
        };
        object payload = link is null
            ? new { template_type = TransactionTemplate, language = "VI", elements }
            : new { template_type = TransactionTemplate, language = "VI", elements, buttons = new[] { new { title = "Xem chi tiết", type = "oa.open.url", payload = new { url = link } } } };
        var body = new { recipient = new { user_id = userId }, message = new { attachment = new { type = "template", payload } } };
        var data = await PostAsync(ChannelUrls.Combine(options.Value.ApiBaseUrl, "v3.0/oa/message/transaction"), body, "transaction message", cancellationToken);
        return Id(data, "message_id");
    }

    public const string TransactionTemplate = "transaction_account";

    /// <summary>A ZNS message to a phone number in international form (<c>84912345678</c>). <paramref name="trackingId"/>
    /// comes back with the delivery and rating events. Returns Zalo's <c>msg_id</c>.</summary>
    public async Task<string?> SendTemplateAsync(string phone, string templateId, IReadOnlyDictionary<string, string> templateData, string trackingId,
        CancellationToken cancellationToken)
    {
        var body = new { phone, template_id = templateId, template_data = templateData, tracking_id = trackingId };
        var data = await PostAsync(ChannelUrls.Combine(options.Value.ZnsBaseUrl, "message/template"), body, "ZNS", cancellationToken);
        return Id(data, "msg_id");
    }

    private async Task<JsonElement?> PostAsync(Uri url, object body, string what, CancellationToken cancellationToken)
    {
        var accessToken = await tokens.AccessTokenAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("access_token", accessToken);
        using var document = await ZaloHttp.SendAsync(clients.CreateClient(ZaloTokens.HttpClientName), request, what, cancellationToken);
        var code = ZaloHttp.ErrorCode(document.RootElement);
        if (code is not 0)
        {
            throw new ZaloApiException($"Zalo refused the {what} (error {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"})", code);
        }
        return document.RootElement.TryGetProperty("data", out var data) ? data.Clone() : null;
    }

    private static string? Id(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(name, out var id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
