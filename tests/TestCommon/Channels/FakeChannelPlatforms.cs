using System.Net;
using System.Net.Sockets;
using CchcFeedback.ChannelSim;

namespace CchcFeedback.TestCommon.Channels;

/// <summary>The shipped fake of Zalo's and Meta's hosts (<see cref="FakePlatforms"/>, also what <c>./cchc channel-sim</c>
/// runs) on a free loopback port, with the tests' accounts.</summary>
public sealed class FakeChannelPlatforms() : FakePlatforms(new FakePlatformAccounts(AppId, AppSecret, FirstRefreshToken, PageAccessToken))
{
    public const string AppId = "4291763606161179100";
    public const string AppSecret = "zalo-app-secret-for-tests";
    public const string OaSecretKey = "zalo-oa-secret-key-for-tests";
    public const string FirstRefreshToken = "refresh-0";
    public const string FacebookAppSecret = "facebook-app-secret-for-tests";
    public const string FacebookVerifyToken = "verify-me-please";
    public const string PageAccessToken = "page-access-token";

    public static async Task<FakeChannelPlatforms> StartAsync()
    {
        var fake = new FakeChannelPlatforms();
        await fake.ListenAsync("http://127.0.0.1:0");
        return fake;
    }

    /// <summary>The settings that turn both channels on against this fake.</summary>
    public Dictionary<string, string?> Settings() => Settings(BaseUrl);

    /// <summary>The same for a fake that listens, or will, on <paramref name="baseUrl"/>.</summary>
    public static Dictionary<string, string?> Settings(string baseUrl)
    {
        var settings = UrlSettings(baseUrl);
        settings["Zalo:AppId"] = AppId;
        settings["Zalo:AppSecret"] = AppSecret;
        settings["Zalo:OaSecretKey"] = OaSecretKey;
        settings["Zalo:RefreshToken"] = FirstRefreshToken;
        settings["Facebook:AppSecret"] = FacebookAppSecret;
        settings["Facebook:VerifyToken"] = FacebookVerifyToken;
        settings["Facebook:PageAccessToken"] = PageAccessToken;
        return settings;
    }

    /// <summary>A loopback address on a port free now, for a fake that is started later (by <c>channel-sim</c>).</summary>
    public static string UnusedBaseUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }
}
