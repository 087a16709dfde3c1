using CchcFeedback.Core.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Channels;

public class ChannelRetentionJobTests
{
    private static ChannelUser User(string id, DateTimeOffset lastActivity, DateTimeOffset? unfollowed = null, bool draft = false) => new()
    {
        Channel = ChannelNames.Zalo,
        UserId = id,
        ConversationId = Guid.NewGuid(),
        LastActivityAt = lastActivity,
        UnfollowedAt = unfollowed,
        ProtectedFlow = draft ? [1, 2, 3] : null,
        ProtectedLastReply = draft ? [4, 5] : null,
        LastEventKey = draft ? "msg-1" : null,
    };

    [Fact]
    public async Task Run_ExpiredDraftUnfollowedAndLongQuiet_DraftDeletedAndThosePeopleForgotten()
    {
        await using var services = await ChannelTestServices.CreateAsync(extra: new Dictionary<string, string?> { ["Channels:UserRetentionDays"] = "30" });
        var now = services.Clock.GetUtcNow();
        await using (var db = services.NewDbContext())
        {
            db.ChannelUsers.AddRange(
                User("active-draft", now - TimeSpan.FromMinutes(5), draft: true),
                User("expired-draft", now - ChannelUsers.QuietPeriod - TimeSpan.FromMinutes(1), draft: true),
                User("unfollowed", now - TimeSpan.FromDays(1), unfollowed: now - TimeSpan.FromHours(2)),
                User("long-quiet", now - TimeSpan.FromDays(31)));
            db.ChannelEvents.AddRange(
                new ChannelEvent { Id = Guid.NewGuid(), Channel = ChannelNames.Zalo, EventKey = "old", EventName = "user_send_text", UserId = "long-quiet", ReceivedAt = now.AddDays(-40), ProcessedAt = now.AddDays(-40) },
                new ChannelEvent { Id = Guid.NewGuid(), Channel = ChannelNames.Zalo, EventKey = "new", EventName = "user_send_text", UserId = "active-draft", ReceivedAt = now.AddDays(-1), ProcessedAt = now.AddDays(-1) });
            await db.SaveChangesAsync();
        }

        await services.InScopeAsync(async provider =>
        {
            await provider.GetRequiredService<ChannelRetentionJob>().RunAsync(CancellationToken.None);
            return true;
        });

        await using var check = services.NewDbContext();
        var users = await check.ChannelUsers.AsNoTracking().OrderBy(u => u.UserId).ToListAsync();
        Assert.Equal(["active-draft", "expired-draft"], users.Select(u => u.UserId));
        Assert.NotNull(users[0].ProtectedFlow);
        Assert.Equal((null, null, null), (users[1].ProtectedFlow, users[1].ProtectedLastReply, users[1].LastEventKey));
        Assert.Equal(["new"], await check.ChannelEvents.Select(e => e.EventKey).ToListAsync());
    }
}
