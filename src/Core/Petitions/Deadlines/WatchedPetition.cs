namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>A petition whose department's clock runs, as the escalation job reads it: no text, no contact details.</summary>
public sealed record WatchedPetition(Guid Id, string TrackingCode, PetitionKind Kind, int DepartmentId, string DepartmentName, DateTimeOffset DueAt)
{
    public DateOnly LastDay => PetitionDeadlines.LastDayOf(DueAt);
}
