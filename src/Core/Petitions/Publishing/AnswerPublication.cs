namespace CchcFeedback.Core.Petitions.Publishing;

/// <summary>When an answer becomes public (PETITIONS.md: "Answers are published, without personal data, when the
/// citizen consented"): at the moment it is given, only if the sender ticked the publication consent, and never
/// for a complaint or a denunciation, whose senders the law protects.</summary>
public static class AnswerPublication
{
    public const string Actor = "system:publication";

    public static readonly IReadOnlyList<PetitionKind> PublishableKinds = [PetitionKind.PhanAnh, PetitionKind.KienNghi, PetitionKind.GopY];

    public static bool MayPublish(PetitionKind kind, bool consentPublish) => consentPublish && PublishableKinds.Contains(kind);

    /// <summary>Call when the department's answer is recorded (<see cref="Petition.AnswerText"/> and
    /// <see cref="Petition.AnsweredAt"/> set): sets <see cref="Petition.AnswerPublishedAt"/> when the rule allows,
    /// clears it otherwise, and returns the 'published' event to add in the same unit of work, or null.</summary>
    public static PetitionEvent? OnAnswered(Petition petition)
    {
        if (petition.AnswerText is null || petition.AnsweredAt is not { } answeredAt || !MayPublish(petition.Kind, petition.ConsentPublish))
        {
            petition.AnswerPublishedAt = null;
            return null;
        }
        petition.AnswerPublishedAt = answeredAt;
        return new PetitionEvent { PetitionId = petition.Id, At = answeredAt, Kind = PetitionEventKind.Published, Actor = Actor };
    }
}
