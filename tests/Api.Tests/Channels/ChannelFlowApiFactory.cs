using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Conversations;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using CchcFeedback.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>The channels' Api with a clock the tests move (the quiet period) and every log line kept (nothing
/// personal may reach them).</summary>
public class ChannelFlowApiFactory : ChannelsApiFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zalo:Templates:reopened", "300004");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public const string CustomerServicePath = "/openapi/v3.0/oa/message/cs";
    public const string TransactionPath = "/openapi/v3.0/oa/message/transaction";
    public const string SendApiPath = "/graph/v21.0/me/messages";

    public static string NewUser() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Zalo customer-service replies this person got, oldest first.</summary>
    public List<string> ZaloRepliesTo(string userId) =>
        [.. Platforms.At(CustomerServicePath)
            .Where(r => r.Json!.Value.GetProperty("recipient").GetProperty("user_id").GetString() == userId)
            .Select(r => r.Json!.Value.GetProperty("message").GetProperty("text").GetString()!)];

    /// <summary>Sends a signed Zalo text as the person, runs the event job, and returns the reply the fake got.</summary>
    public async Task<string> SayOnZaloAsync(HttpClient client, string userId, string text)
    {
        var response = await client.SendAsync(ZaloEvents.Signed(ZaloEvents.Text(userId, text)));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await ProcessEventsOfAsync(userId);
        return ZaloRepliesTo(userId).Last();
    }

    /// <summary>A counter of the sample catalog that has an active QR code.</summary>
    public async Task<string> CounterCodeWithQrAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CchcDbContext>().Touchpoints
            .Where(t => t.CounterId != null && t.RevokedAt == null).OrderBy(t => t.Id).Select(t => t.Counter!.Code).FirstAsync();
    }

    /// <summary>The person's row, with the flow decrypted (null when no flow is under way).</summary>
    public async Task<(ChannelUser User, ConversationState? Flow)> UserAsync(string channel, string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CchcDbContext>().ChannelUsers.AsNoTracking()
            .SingleAsync(u => u.Channel == channel && u.UserId == userId);
        var flow = user.ProtectedFlow is null ? null
            : System.Text.Json.JsonSerializer.Deserialize<ConversationState>(scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(user.ProtectedFlow));
        return (user, flow);
    }
}
