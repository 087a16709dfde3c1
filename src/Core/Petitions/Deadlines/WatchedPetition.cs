namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>A petition whose department's clock runs, as the escalation job reads it: no text, no contact details.
/// <see cref="Escalated"/>: already escalated for this deadline.</summary>
public sealed record WatchedPetition(Guid Id, string TrackingCode, PetitionKind Kind, int DepartmentId, string DepartmentName, DateTimeOffset DueAt,
    bool Escalated = false)
{
    public DateOnly LastDay => PetitionDeadlines.LastDayOf(DueAt);
}
