using System.Collections.Concurrent;
using System.Text.Json;
using CchcFeedback.Core.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Notifications;

/// <summary>The webhook adapter against a real HTTP server on a loopback port, standing in for an SMS or Zalo gateway.</summary>
public sealed class WebhookPhoneSenderTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string? Authorization, JsonElement Body)> _received = new();
    private WebApplication _gateway = null!;
    private int _answer = StatusCodes.Status200OK;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _gateway = builder.Build();
        _gateway.MapPost("/send", async (HttpRequest request) =>
        {
            _received.Enqueue((request.Headers.Authorization.ToString(), await JsonSerializer.DeserializeAsync<JsonElement>(request.Body)));
            return Results.StatusCode(_answer);
        });
        await _gateway.StartAsync();
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private ServiceProvider Services() => CoreServices.For("Host=127.0.0.1;Database=unused", new Dictionary<string, string?>
    {
        ["Sms:Adapter"] = "Webhook",
        ["Sms:WebhookUrl"] = $"{_gateway.Urls.Single()}/send",
        ["Sms:WebhookToken"] = "gateway-secret",
    });

    [Fact]
    public async Task SendAsync_GatewayTakesIt_PostsNumberAndTextWithTheToken()
    {
        await using var services = Services();

        await services.GetRequiredService<ISmsSender>().SendAsync(new PhoneMessage("0912345678", "Đã tiếp nhận phản ánh PA-7KQ3-M9XT-4HR"));

        var (authorization, body) = Assert.Single(_received);
        Assert.Equal("Bearer gateway-secret", authorization);
        Assert.Equal(("sms", "0912345678", "Đã tiếp nhận phản ánh PA-7KQ3-M9XT-4HR"),
            (body.GetProperty("channel").GetString(), body.GetProperty("to").GetString(), body.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData(StatusCodes.Status503ServiceUnavailable, false)]
    [InlineData(StatusCodes.Status429TooManyRequests, false)]
    [InlineData(StatusCodes.Status400BadRequest, true)]
    public async Task SendAsync_GatewayRefuses_ThrowsPermanentOnlyForAClientError(int status, bool permanent)
    {
        _answer = status;
        await using var services = Services();

        var refusal = await Assert.ThrowsAsync<NotificationDeliveryException>(() =>
            services.GetRequiredService<ISmsSender>().SendAsync(new PhoneMessage("0912345678", "Thử")));

        Assert.Equal(permanent, refusal.Permanent);
        Assert.Equal($"The sms gateway answered {status}", refusal.Message);
    }
}
