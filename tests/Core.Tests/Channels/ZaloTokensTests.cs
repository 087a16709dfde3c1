using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.TestCommon;
using CchcFeedback.TestCommon.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Channels;

public class ZaloTokensTests
{
    private const string TokenPath = "/oauth/v4/oa/access_token";

    [Fact]
    public async Task RefreshAsync_TwoProcessesAtOnce_SpendTheRefreshTokenOnce()
    {
        await using var channels = await ChannelTestServices.CreateAsync();

        var tokens = await Task.WhenAll(
            channels.InScopeAsync(s => s.GetRequiredService<ZaloTokens>().RefreshAsync(CancellationToken.None)),
            channels.InScopeAsync(s => s.GetRequiredService<ZaloTokens>().RefreshAsync(CancellationToken.None)));

        var call = Assert.Single(channels.Platforms.At(TokenPath));
        Assert.Equal(FakeChannelPlatforms.FirstRefreshToken, call.Form["refresh_token"]);
        Assert.Equal(tokens[0], tokens[1]);
    }

    [Fact]
    public async Task RefreshAsync_NearExpiry_UsesTheRotatedRefreshTokenAndStoresBothEncrypted()
    {
        await using var channels = await ChannelTestServices.CreateAsync();
        var first = await channels.InScopeAsync(s => s.GetRequiredService<ZaloTokens>().AccessTokenAsync(CancellationToken.None));
        channels.Clock.Advance(TimeSpan.FromSeconds(90000) - TimeSpan.FromHours(1));

        var second = await channels.InScopeAsync(s => s.GetRequiredService<ZaloTokens>().AccessTokenAsync(CancellationToken.None));

        Assert.NotEqual(first, second);
        var calls = channels.Platforms.At(TokenPath).ToList();
        Assert.Equal(2, calls.Count);
        Assert.NotEqual(FakeChannelPlatforms.FirstRefreshToken, calls[1].Form["refresh_token"]);
        await using var db = channels.NewDbContext();
        var row = await db.ZaloTokens.SingleAsync();
        Assert.Equal(-1, row.ProtectedAccessToken.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(second)));
        Assert.Equal(-1, row.ProtectedRefreshToken.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("refresh-")));
    }

    [Fact]
    public async Task AccessTokenAsync_FreshToken_DoesNotCallZalo()
    {
        await using var channels = await ChannelTestServices.CreateAsync();
        var first = await channels.InScopeAsync(s => s.GetRequiredService<ZaloTokens>().AccessTokenAsync(CancellationToken.None));

        var again = await channels.InScopeAsync(s => s.GetRequiredService<ZaloTokens>().AccessTokenAsync(CancellationToken.None));

        Assert.Equal(first, again);
        Assert.Single(channels.Platforms.At(TokenPath));
    }

    [Fact]
    public async Task RefreshJob_ZaloOutOfReach_WarnsInOneLineAndLeavesTheTokenAlone()
    {
        var logs = new CapturedLogs();
        await using var channels = await ChannelTestServices.CreateAsync(extra: new Dictionary<string, string?>
        {
            // A port nothing listens on: the connection is refused at once.
            ["Zalo:OAuthBaseUrl"] = "http://127.0.0.1:9/oauth/",
        }, logs: logs);

        await channels.InScopeAsync(async s =>
        {
            await s.GetRequiredService<ZaloTokenRefreshJob>().RunAsync(CancellationToken.None);
            return 0;
        });

        var warning = Assert.Single(logs.Lines, line => line.Contains(nameof(ZaloTokenRefreshJob), StringComparison.Ordinal));
        Assert.StartsWith("Warning ", warning);
        Assert.Contains("Zalo could not be reached (token refresh)", warning);
        Assert.DoesNotContain("   at ", warning); // no stack trace
        await using var db = channels.NewDbContext();
        Assert.False(await db.ZaloTokens.AnyAsync());
    }

    [Fact]
    public async Task RefreshJob_ZaloRefusesTheToken_FailsTheJob()
    {
        await using var channels = await ChannelTestServices.CreateAsync(extra: new Dictionary<string, string?>
        {
            ["Zalo:RefreshToken"] = "revoked",
        });

        var refused = await Assert.ThrowsAsync<ZaloApiException>(() => channels.InScopeAsync(async s =>
        {
            await s.GetRequiredService<ZaloTokenRefreshJob>().RunAsync(CancellationToken.None);
            return 0;
        }));

        Assert.Equal("Zalo refused the token refresh", refused.Message);
    }
}
