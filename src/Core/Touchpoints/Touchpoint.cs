using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>A place where a citizen can scan a QR code: a counter, or a center's entrance (no counter).
/// The QR encodes only <c>{PublicBaseUrl}/q/{Token}</c>. Revoking keeps the row: its history stays.</summary>
public class Touchpoint
{
    public int Id { get; set; }
    public required string Token { get; set; }
    public int CenterId { get; set; }
    public ServiceCenter Center { get; set; } = null!;
    public int? CounterId { get; set; }
    public Counter? Counter { get; set; }
    public int? ProcedureId { get; set; }
    public Procedure? Procedure { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>The touchpoint issued in this one's place, when it was reissued.</summary>
    public int? ReplacedById { get; set; }

    public bool IsActive => RevokedAt is null;
}
