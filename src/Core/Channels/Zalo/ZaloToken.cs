namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>The Official Account's OAuth v4 tokens: one row (<see cref="SingleId"/>), both tokens encrypted with the
/// Data Protection keys. A Zalo refresh token is spent when used, so it is replaced under a row lock
/// (<see cref="ZaloTokens"/>).</summary>
public class ZaloToken
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public required byte[] ProtectedAccessToken { get; set; }
    public required byte[] ProtectedRefreshToken { get; set; }
    public DateTimeOffset AccessExpiresAt { get; set; }
    public DateTimeOffset RefreshedAt { get; set; }
}
