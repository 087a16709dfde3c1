using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Kiosks;

/// <summary>One tap as a tablet sends it: its id for the tap (a UUID made once, kept through every retry), its
/// sequence number, its clock, the quick rating with any reasons, and optionally the full SIPAS answers.</summary>
public sealed record KioskTapSubmission(
    Guid ClientId,
    long? Sequence,
    DateTimeOffset? LocalTime,
    QuickRating? QuickRating,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<short>? Answers = null);

/// <summary>What became of a batch, tap by tap: stored now, stored before (a repeated batch), or refused with the
/// fields at fault. A refused tap is never stored; the tablet may drop it.</summary>
public sealed record KioskBatchResult(
    IReadOnlyList<Guid> Accepted,
    IReadOnlyList<Guid> AlreadyStored,
    IReadOnlyList<KioskTapRejection> Rejected);

/// <param name="Index">The tap's position in the batch (the id may be the thing that is missing).</param>
public sealed record KioskTapRejection(int Index, Guid ClientId, IReadOnlyList<SurveyFieldError> Errors);
