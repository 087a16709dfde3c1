namespace CchcFeedback.Core.Petitions.FollowUp;

/// <summary>One step of a petition's history as the public may see it: when and what, never who or why.</summary>
public sealed record PublicEvent(DateTimeOffset At, PetitionEventKind Kind);
