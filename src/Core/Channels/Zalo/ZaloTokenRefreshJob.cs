using Hangfire;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Keeps the OA's access token fresh ahead of its expiry (Zalo's last about 25 hours), so a reply never
/// waits on a refresh. Does nothing while the channel is off.</summary>
public class ZaloTokenRefreshJob(ZaloTokens tokens, IOptions<ZaloOptions> options)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await tokens.RefreshAsync(cancellationToken);
        }
    }
}
