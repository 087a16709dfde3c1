using System.Net;
using System.Text;
using System.Text.Json;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.TestCommon.Channels;

namespace CchcFeedback.Api.Tests.Channels;

public class FacebookWebhookTests(ChannelsApiFactory factory) : IClassFixture<ChannelsApiFactory>
{
    private const string SendApiPath = "/graph/v21.0/me/messages";
    private readonly HttpClient _client = factory.CreateClient();

    private static string NewPsid() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A Page webhook batch as the Messenger Platform sends it.</summary>
    private static string Batch(string psid, object item) => JsonSerializer.Serialize(new
    {
        @object = "page",
        entry = new[] { new { id = "page-1", time = 1765072800000, messaging = new[] { item } } },
    });

    private static object Text(string psid, string text, string mid) => new
    {
        sender = new { id = psid },
        recipient = new { id = "page-1" },
        timestamp = 1765072800000,
        message = new { mid, text },
    };

    private static HttpRequestMessage Signed(string body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/facebook/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(FacebookSignature.Header,
            signature ?? FacebookSignature.Compute(Encoding.UTF8.GetBytes(body), FakeChannelPlatforms.FacebookAppSecret));
        return request;
    }

    [Fact]
    public async Task Handshake_RightToken_EchoesTheChallenge()
    {
        var response = await _client.GetAsync($"/api/channels/facebook/webhook?hub.mode=subscribe&hub.verify_token={FakeChannelPlatforms.FacebookVerifyToken}&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")]
    [InlineData("hub.mode=unsubscribe&hub.verify_token=verify-me-please&hub.challenge=1")]
    [InlineData("hub.mode=subscribe&hub.challenge=1")]
    public async Task Handshake_WrongTokenOrMode_403(string query)
    {
        var response = await _client.GetAsync($"/api/channels/facebook/webhook?{query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    public async Task Webhook_BadOrMissingSignature_401AndNothingStored(string signature)
    {
        var psid = NewPsid();

        var response = await _client.SendAsync(Signed(Batch(psid, Text(psid, "Xin chào", $"m_{psid}")), signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await factory.EventsOfAsync(psid));
    }

    [Fact]
    public async Task Webhook_RetriedMessage_RepliedOnceThroughTheSendApiWithQuickReplies()
    {
        var psid = NewPsid();
        var body = Batch(psid, Text(psid, "Cấp lại giấy phép lái xe bị mất thì làm ở đâu", $"m_{psid}"));

        var first = await _client.SendAsync(Signed(body));
        var retry = await _client.SendAsync(Signed(body));
        await factory.ProcessEventsOfAsync(psid);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var stored = Assert.Single(await factory.EventsOfAsync(psid));
        Assert.Equal((ChannelNames.Facebook, FacebookWebhook.MessageEvent), (stored.Channel, stored.EventName));
        var sent = Assert.Single(factory.Platforms.At(SendApiPath), r => r.Json!.Value.GetProperty("recipient").GetProperty("id").GetString() == psid);
        Assert.Equal("RESPONSE", sent.Json!.Value.GetProperty("messaging_type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(sent.Json!.Value.GetProperty("message").GetProperty("text").GetString()));
        if (sent.Json!.Value.GetProperty("message").TryGetProperty("quick_replies", out var quickReplies))
        {
            Assert.All(quickReplies.EnumerateArray(), q => Assert.InRange(q.GetProperty("title").GetString()!.Length, 1, 20));
        }
    }

    [Fact]
    public async Task Webhook_EchoOfThePagesOwnMessage_NotStored()
    {
        var psid = NewPsid();
        var echo = new { sender = new { id = psid }, recipient = new { id = "page-1" }, message = new { mid = $"m_echo_{psid}", text = "Xin chào", is_echo = true } };

        var response = await _client.SendAsync(Signed(Batch(psid, echo)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await factory.EventsOfAsync(psid));
    }
}
