namespace CchcFeedback.Core.Channels;

public static class ChannelUrls
{
    /// <summary>A platform's API is reached over https; plain http only on loopback, where tests and
    /// <c>./cchc channel-sim</c> run their fakes.</summary>
    public static bool IsAllowed(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <summary><paramref name="path"/> below <paramref name="baseUrl"/>, keeping the base's own path
    /// (<c>https://graph.facebook.com/v21.0</c> + <c>me/messages</c>).</summary>
    public static Uri Combine(Uri baseUrl, string path) => new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/{path.TrimStart('/')}");
}
