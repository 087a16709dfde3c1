namespace CchcFeedback.Core.Surveys;

public enum SurveySubmitOutcome
{
    /// <summary>Stored now.</summary>
    Created,

    /// <summary>The same submission was stored before: nothing new, and that is success.</summary>
    AlreadyStored,

    /// <summary>The submission id was used before for a different answer.</summary>
    Conflict,
    Invalid,
    UnknownTouchpoint,
    RevokedTouchpoint,

    /// <summary>No response with that id, when adding the full form to it.</summary>
    UnknownResponse,
}

public sealed record SurveySubmitResult(SurveySubmitOutcome Outcome, Guid ResponseId, IReadOnlyList<SurveyFieldError> Errors)
{
    public static SurveySubmitResult Of(SurveySubmitOutcome outcome, Guid id) => new(outcome, id, []);

    public static SurveySubmitResult Invalid(Guid id, params SurveyFieldError[] errors) => new(SurveySubmitOutcome.Invalid, id, errors);
}

/// <summary>A response's quick rating and whether its full form is filled in.</summary>
public sealed record SurveyResponseState(QuickRating QuickRating, bool FormDone);
