namespace CchcFeedback.Core.Kiosks;

/// <summary>One tap as the tablet recorded it: its own id for it, its sequence number and its clock, beside the
/// time the server received it. The key, the client id (a random UUID), is what makes a repeated batch store nothing
/// new, even when it is sent again under another kiosk.</summary>
public class KioskTap
{
    public int KioskId { get; set; }
    public Guid ClientId { get; set; }
    public long Sequence { get; set; }

    /// <summary>The tablet's clock at the tap, as sent.</summary>
    public DateTimeOffset LocalTime { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The time the figures use: the local time, or the received time when the tablet's clock was too far
    /// off (<see cref="ClockSkewed"/>).</summary>
    public DateTimeOffset TappedAt { get; set; }
    public bool ClockSkewed { get; set; }

    /// <summary>The survey response (channel <c>kiosk</c>) the tap became.</summary>
    public Guid ResponseId { get; set; }
}
