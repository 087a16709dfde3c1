namespace CchcFeedback.Core.Petitions;

/// <summary>One step of a petition's history. The table is append-only: a trigger refuses UPDATE and DELETE.</summary>
public class PetitionEvent
{
    public long Id { get; set; }
    public Guid PetitionId { get; set; }
    public DateTimeOffset At { get; set; }
    public PetitionEventKind Kind { get; set; }

    /// <summary>"citizen", "system", a job's name or a staff user's e-mail: never a citizen's identity.</summary>
    public required string Actor { get; set; }
    public string? Reason { get; set; }

    /// <summary>Details as JSON (jsonb); never personal data.</summary>
    public string? Data { get; set; }

    /// <summary>The form that caused the event (a citizen receiving or supporting, a staff member's action): unique,
    /// so a form posted twice adds one event.</summary>
    public Guid? SubmissionId { get; set; }
}
