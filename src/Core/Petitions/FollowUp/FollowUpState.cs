using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Petitions.FollowUp;

/// <summary>Where a petition stands for its sender's follow-up: whether the answer can still be rated or the
/// petition reopened, and until when.</summary>
public sealed record FollowUpState(
    Guid PetitionId,
    PetitionKind Kind,
    PetitionStatus Status,
    DateTimeOffset? AnsweredAt,
    bool? AnswerSatisfied,
    DateTimeOffset? ReopenedAt)
{
    /// <summary>Complaints (Law on Complaints) and denunciations (Law on Denunciations) have their own remedies.</summary>
    public static readonly IReadOnlyList<PetitionKind> ReopenableKinds = [PetitionKind.PhanAnh, PetitionKind.KienNghi, PetitionKind.GopY];

    public static readonly IReadOnlyList<PetitionStatus> AnsweredStatuses = [PetitionStatus.Answered, PetitionStatus.Closed];

    public bool HasAnswer => AnsweredAt is not null && AnsweredStatuses.Contains(Status);

    /// <summary>The end (24:00 Vietnam time) of the 15th day after the day of the answer.</summary>
    public DateTimeOffset? ReopenUntil => AnsweredAt is { } answered
        ? VietnamTime.EndOf(VietnamTime.DateOf(answered).AddDays(FollowUpLimits.ReopenDays))
        : null;

    public FollowUpOutcome? WhyNotRate() =>
        AnswerSatisfied is not null ? FollowUpOutcome.AlreadyRated
        : !HasAnswer ? FollowUpOutcome.NoAnswer
        : null;

    public FollowUpOutcome? WhyNotReopen(DateTimeOffset now) =>
        ReopenedAt is not null ? FollowUpOutcome.AlreadyReopened
        : !ReopenableKinds.Contains(Kind) ? FollowUpOutcome.NotForThisKind
        : !HasAnswer ? FollowUpOutcome.NoAnswer
        : now >= ReopenUntil ? FollowUpOutcome.TooLate
        : null;
}
