using System.Net;
using System.Text;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>The Api as configured by default: no Zalo:AppId, no Facebook:AppSecret.</summary>
public class ChannelsOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/channels/zalo/webhook")]
    [InlineData("/api/channels/facebook/webhook")]
    public async Task Webhook_ChannelOff_404Problem(string path)
    {
        var response = await _client.PostAsync(path, new StringContent("""{"event_name":"follow","timestamp":"1"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
