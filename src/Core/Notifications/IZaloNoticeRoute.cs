namespace CchcFeedback.Core.Notifications;

/// <summary>Whether a citizen's notice of a kind can go by Zalo (a ZNS template message): the Official Account is
/// configured with a template for that kind, and the citizen is on Zalo (their petition came from Zalo, or they
/// shared the same phone number with the OA).</summary>
public interface IZaloNoticeRoute
{
    bool HasTemplate(string kind);

    Task<bool> ReachesAsync(byte[] phoneHash, CancellationToken cancellationToken);
}
