using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary><c>channel-sim</c> when the event is stored but nobody processes it.</summary>
public class ChannelSimWithoutJobsTests(ChannelSimApiWithoutJobsFactory api) : IClassFixture<ChannelSimApiWithoutJobsFactory>
{
    [Fact]
    public async Task RunAsync_NoJobsHost_SaysNoReplyCameAndExitsNonZero()
    {
        var (exitCode, output, error) = await ChannelSimTests.SimulateAsync(api, TimeSpan.FromSeconds(2), "zalo", "xin chào", "zalo-unanswered");

        Assert.Equal(1, exitCode);
        Assert.Contains("No reply reached the fake Zalo within 2 s", error);
        Assert.Contains("is the Jobs host running", error);
        Assert.DoesNotContain("Zalo →", output);
        await using var db = TestDatabase.CreateDbContext(api.ConnectionString);
        Assert.True(await db.ChannelEvents.AnyAsync(e => e.UserId == "zalo-unanswered" && e.ProcessedAt == null));
    }
}
