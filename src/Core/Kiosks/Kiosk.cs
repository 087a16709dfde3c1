using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Kiosks;

/// <summary>A tablet at a counter that takes ratings from the citizens served there. It signs its batches with its
/// own key (<see cref="ApiClients.ApiKey"/>'s format, sent as <c>X-Kiosk-Key</c>); only a hash of the secret is
/// kept. Revoking keeps the row, so its responses keep their history.</summary>
public class Kiosk
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int CounterId { get; set; }
    public Counter Counter { get; set; } = null!;

    /// <summary>The counter's QR touchpoint when the kiosk was paired: its responses are filed under the same place.</summary>
    public int TouchpointId { get; set; }

    /// <summary>The public half of the key, used to find the kiosk; safe to show and to log.</summary>
    public required string KeyId { get; set; }
    public required byte[] SecretHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastSeenAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
