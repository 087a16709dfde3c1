namespace CchcFeedback.Core.Petitions.Handling;

public enum PetitionActionOutcome
{
    /// <summary>The change and its event are stored.</summary>
    Done,

    /// <summary>The same form was handled before: nothing new, and that is success.</summary>
    AlreadyDone,

    /// <summary>No such petition in the actor's scope.</summary>
    NotFound,

    /// <summary>Not possible now (the status does not allow it); <see cref="PetitionActionResult.Errors"/> says why.</summary>
    Refused,

    /// <summary>The input is wrong; the errors name the fields.</summary>
    Invalid,
}

public sealed record PetitionActionResult(PetitionActionOutcome Outcome, IReadOnlyList<PetitionFieldError> Errors)
{
    public static readonly PetitionActionResult Done = new(PetitionActionOutcome.Done, []);
    public static readonly PetitionActionResult AlreadyDone = new(PetitionActionOutcome.AlreadyDone, []);
    public static readonly PetitionActionResult NotFound = new(PetitionActionOutcome.NotFound, []);

    public bool Succeeded => Outcome is PetitionActionOutcome.Done or PetitionActionOutcome.AlreadyDone;

    public static PetitionActionResult Refused(PetitionFieldError why) => new(PetitionActionOutcome.Refused, [why]);

    public static PetitionActionResult Invalid(IReadOnlyList<PetitionFieldError> errors) => new(PetitionActionOutcome.Invalid, errors);
}
