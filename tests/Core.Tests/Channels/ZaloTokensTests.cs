using CchcFeedback.Core.Channels.Zalo;
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
}
