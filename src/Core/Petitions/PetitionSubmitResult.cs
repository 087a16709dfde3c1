namespace CchcFeedback.Core.Petitions;

public enum PetitionSubmitOutcome
{
    /// <summary>Stored now.</summary>
    Created,

    /// <summary>The same submission was stored before: nothing new, and that is success.</summary>
    AlreadyStored,

    /// <summary>The submission id was used before for a different petition.</summary>
    Conflict,
    Invalid,
    UnknownTouchpoint,
    RevokedTouchpoint,
}

/// <param name="Kind">The kind it is handled as (góp ý when sent without contact details).</param>
public sealed record PetitionSubmitResult(
    PetitionSubmitOutcome Outcome,
    Guid? PetitionId,
    string? TrackingCode,
    PetitionKind? Kind,
    IReadOnlyList<PetitionFieldError> Errors)
{
    public static PetitionSubmitResult Of(PetitionSubmitOutcome outcome) => new(outcome, null, null, null, []);

    public static PetitionSubmitResult Invalid(IReadOnlyList<PetitionFieldError> errors) => new(PetitionSubmitOutcome.Invalid, null, null, null, errors);

    public static PetitionSubmitResult Stored(PetitionSubmitOutcome outcome, Petition petition) =>
        new(outcome, petition.Id, petition.TrackingCode, petition.Kind, []);
}

/// <summary>An open petition like the one being written, offered so the citizen can add their voice to it.</summary>
public sealed record SimilarPetition(Guid Id, string TrackingCode, string Title, int Supporters, double Similarity);
