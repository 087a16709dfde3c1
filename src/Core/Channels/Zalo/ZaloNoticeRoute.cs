using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

public class ZaloNoticeRoute(ChannelUsers users, IOptions<ZaloOptions> options) : IZaloNoticeRoute
{
    public bool HasTemplate(string kind) =>
        options.Value.Enabled && options.Value.Templates.TryGetValue(kind, out var id) && !string.IsNullOrWhiteSpace(id);

    public Task<bool> ReachesAsync(byte[] phoneHash, CancellationToken cancellationToken) =>
        options.Value.Enabled ? users.IsLinkedAsync(ChannelNames.Zalo, phoneHash, cancellationToken) : Task.FromResult(false);
}
