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
