using CchcFeedback.Core.Channels;
using CchcFeedback.TestCommon.Channels;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>The Api with both channels on, talking to <see cref="FakeChannelPlatforms"/>.</summary>
public class ChannelsApiFactory : ApiFactory
{
    public FakeChannelPlatforms Platforms { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Platforms = await FakeChannelPlatforms.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Platforms.Settings())
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Zalo:Templates:answered", "300001");
        builder.UseSetting("Zalo:Templates:rating", "300009");
    }

    /// <summary>Runs the event job, as the Jobs host would, for every event of this person not yet processed.</summary>
    public async Task ProcessEventsOfAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.CchcDbContext>();
        var ids = await db.ChannelEvents.Where(e => e.UserId == userId).OrderBy(e => e.ReceivedAt).Select(e => e.Id).ToListAsync();
        foreach (var id in ids)
        {
            await scope.ServiceProvider.GetRequiredService<ChannelEventJob>().RunAsync(id, CancellationToken.None);
        }
    }

    public async Task<List<ChannelEvent>> EventsOfAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Core.Data.CchcDbContext>().ChannelEvents.AsNoTracking()
            .Where(e => e.UserId == userId).ToListAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Platforms.DisposeAsync();
    }
}
