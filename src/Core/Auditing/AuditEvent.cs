namespace CchcFeedback.Core.Auditing;

/// <summary>One audited action: who did what to what, when. Append-only; never holds a citizen's personal data.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The staff user's e-mail, <c>api-client:KEYID</c>, <c>cli</c>, or <c>anonymous</c>.</summary>
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }

    /// <summary>What changed, as JSON.</summary>
    public string? Details { get; set; }
}
