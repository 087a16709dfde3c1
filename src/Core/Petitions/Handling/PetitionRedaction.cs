namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>What a manager redacted, kept apart from the petition and encrypted (<see cref="RedactedOriginals"/>):
/// nothing is ever deleted, only redacted (PETITIONS.md), and reading an original is audited.</summary>
public class PetitionRedaction
{
    public long Id { get; set; }
    public Guid PetitionId { get; set; }
    public RedactedPart Part { get; set; }

    /// <summary>The photo, when <see cref="Part"/> is a photo.</summary>
    public Guid? PhotoId { get; set; }
    public DateTimeOffset RedactedAt { get; set; }
    public required string RedactedBy { get; set; }
    public required string Reason { get; set; }

    /// <summary>The original text (UTF-8) or photo, encrypted with the Data Protection keys.</summary>
    public required byte[] Original { get; set; }

    /// <summary>The photo's type, to serve it back.</summary>
    public string? ContentType { get; set; }
}
