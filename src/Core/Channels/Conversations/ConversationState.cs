using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>Which flow a person is in and what they gave so far. Kept encrypted (<see cref="ConversationStore"/>):
/// the draft text is personal data.</summary>
public sealed record ConversationState(string Flow, string Step)
{
    public const string PetitionFlow = "petition";
    public const string RatingFlow = "rating";

    /// <summary>Chosen when the draft starts, so that a confirmation sent twice stores one petition.</summary>
    public Guid SubmissionId { get; init; }
    public PetitionKind? Kind { get; init; }
    public string? Text { get; init; }

    /// <summary>An active QR token (a code read off a poster resolves to its counter's token).</summary>
    public string? TouchpointToken { get; init; }

    /// <summary>A center by its code, when the code named a center or a counter without an active QR code.</summary>
    public string? CenterCode { get; init; }

    /// <summary>What the person called the place, shown in the summary.</summary>
    public string? PlaceLabel { get; init; }

    /// <summary>A place in words, added to the petition's text.</summary>
    public string? PlaceWords { get; init; }
    public bool? NoticesHere { get; init; }
}

/// <summary>The steps of the petition flow, in order, and of the rating flow.</summary>
public static class ConversationSteps
{
    public const string Kind = "kind";
    public const string Text = "text";
    public const string Place = "place";
    public const string Consent = "consent";
    public const string Confirm = "confirm";
    public const string RatingPlace = "rating-place";
    public const string RatingScore = "rating-score";
}
