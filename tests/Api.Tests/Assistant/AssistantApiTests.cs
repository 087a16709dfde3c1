using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Api.Tests.Assistant;

public class AssistantApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<HttpResponseMessage> AskAsync(object body) => _client.PostAsJsonAsync("/api/assistant/messages", body);

    [Fact]
    public async Task PostMessage_ProcedureQuestion_Returns200WithTheStructuredReply()
    {
        var response = await AskAsync(new { conversationId = Guid.NewGuid(), text = "dang ky ket hon can giay to gi", channel = "zalo" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(["choices", "confidence", "exchangeId", "intent", "links", "outcome", "procedureCode", "text"], reply.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("procedure", "answered", "HT-02"), (reply["intent"].GetString(), reply["outcome"].GetString(), reply["procedureCode"].GetString()));
        Assert.InRange(reply["confidence"].GetDouble(), 0.0, 1.0);
        Assert.Contains("HT-02", reply["text"].GetString());
        Assert.Contains(reply["links"].EnumerateArray(), l => l.GetProperty("url").GetString() == "/thu-tuc/HT-02" && l.GetProperty("label").GetString()!.Length > 0);
        Assert.NotEqual(Guid.Empty, reply["exchangeId"].GetGuid());
    }

    [Fact]
    public async Task PostMessage_Clarifying_ReturnsChoicesWithLabelAndText()
    {
        var response = await AskAsync(new { conversationId = Guid.NewGuid(), text = "chứng thực", channel = "web" });

        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("clarifying", reply.GetProperty("outcome").GetString());
        Assert.All(reply.GetProperty("choices").EnumerateArray(), c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("label").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task PostMessage_InvalidFields_Returns400ProblemDetailsNamingEachField()
    {
        var response = await AskAsync(new { conversationId = Guid.Empty, text = "  ", channel = "sms", touchpointToken = "a\u0001b" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["channel", "conversationId", "text", "touchpointToken"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostMessage_TooLongOrNotJson_Returns400Problem()
    {
        var tooLong = await AskAsync(new { conversationId = Guid.NewGuid(), text = new string('a', 1001), channel = "api" });
        var notJson = await _client.PostAsync("/api/assistant/messages", new StringContent("{\"conversationId\": 5", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostFeedback_KnownUnknownAndMissingValue_Returns204Or404Or400()
    {
        var reply = await (await AskAsync(new { conversationId = Guid.NewGuid(), text = "làm hộ chiếu", channel = "web" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = reply.GetProperty("exchangeId").GetGuid();

        var known = await _client.PostAsJsonAsync($"/api/assistant/messages/{id}/feedback", new { useful = false });
        var unknown = await _client.PostAsJsonAsync($"/api/assistant/messages/{Guid.NewGuid()}/feedback", new { useful = true });
        var missing = await _client.PostAsJsonAsync($"/api/assistant/messages/{id}/feedback", new { });

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (known.StatusCode, unknown.StatusCode, missing.StatusCode));
    }
}

/// <summary>The Api with small assistant limits.</summary>
public class LimitedAssistantApiFactory : ApiFactory
{
    public const int PerAddress = 5;
    public const int PerConversation = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AssistantPermitsPerMinute", PerAddress.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:AssistantConversationPermitsPerMinute", PerConversation.ToString(CultureInfo.InvariantCulture));
    }
}

public class AssistantRateLimitTests(LimitedAssistantApiFactory factory) : IClassFixture<LimitedAssistantApiFactory>
{
    [Fact]
    public async Task PostMessage_OverTheConversationThenTheAddressLimit_Returns429ProblemWithRetryAfter()
    {
        var client = factory.CreateClient();
        var conversation = Guid.NewGuid();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i <= LimitedAssistantApiFactory.PerConversation; i++)
        {
            last = await client.PostAsJsonAsync("/api/assistant/messages", new { conversationId = conversation, text = "khai sinh", channel = "api" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.Contains("Retry-After"));

        var others = new List<HttpStatusCode>();
        for (var i = 0; i < LimitedAssistantApiFactory.PerAddress; i++)
        {
            others.Add((await client.PostAsJsonAsync("/api/assistant/messages", new { conversationId = Guid.NewGuid(), text = "khai sinh", channel = "api" })).StatusCode);
        }
        // The address had used three of its five permits (the refused one counts too).
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], others);
    }
}
