namespace CchcFeedback.Core.Petitions.FollowUp;

/// <summary>What became of a citizen's rating or reopening, and, when refused, why: each refusal has its own
/// plain-words message on the tracking page.</summary>
public enum FollowUpOutcome
{
    Done,

    /// <summary>No petition has this code (or it is not a valid code).</summary>
    NotFound,

    /// <summary>There is no answer yet to rate or to contest.</summary>
    NoAnswer,
    AlreadyRated,
    AlreadyReopened,

    /// <summary>More than <see cref="FollowUpLimits.ReopenDays"/> days have passed since the answer.</summary>
    TooLate,

    /// <summary>Complaints and denunciations follow their own laws: they are not reopened here.</summary>
    NotForThisKind,

    /// <summary>The reason is missing, too short or too long, or has a control character.</summary>
    ReasonInvalid,
}
