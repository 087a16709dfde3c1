using System.Net.Http;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Keeps the OA's access token fresh ahead of its expiry (Zalo's last about 25 hours), so a reply never
/// waits on a refresh. Does nothing while the channel is off.</summary>
public class ZaloTokenRefreshJob(ZaloTokens tokens, IOptions<ZaloOptions> options, ILogger<ZaloTokenRefreshJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        try
        {
            await tokens.RefreshAsync(cancellationToken);
        }
        catch (ZaloApiException exception) when (exception.InnerException is HttpRequestException)
        {
            // Zalo out of reach (its outage, our network, or the development fake not started) is not a fault of the
            // token: the next run, or the first reply, tries again. A refusal stays a failed job, on the dashboard.
            logger.LogWarning("Zalo token refresh skipped: {Reason}; the next run or the first reply tries again", exception.Message);
        }
    }
}
