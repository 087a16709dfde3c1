using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>One kind of action: its refusal while the petition is in a status it does not start from ({0} the
/// status, <see cref="PetitionStatuses.Quoted"/>), the event it writes, the statuses it may start
/// from, and the change it makes to the locked petition.</summary>
internal sealed record PetitionStep(
    LocalizedText NotNow,
    PetitionEventKind Event,
    IReadOnlyList<PetitionStatus> From,
    Func<Petition, PetitionStepContext, Task<PetitionStepOutcome>> Apply);

internal sealed record PetitionStepContext(DateTimeOffset Now, WorkingDayCalendar Calendar);

/// <summary>What a step did: refused (and changed nothing), or the reason and details its event records.</summary>
internal sealed record PetitionStepOutcome(PetitionFieldError? Refusal, string? Reason, object? Data)
{
    public static PetitionStepOutcome Recorded(string? reason = null, object? data = null) => new(null, reason, data);

    public static PetitionStepOutcome Refused(string field, LocalizedText message) => new(new PetitionFieldError(field, message), null, null);

    public static Task<PetitionStepOutcome> RecordedAsync(string? reason = null, object? data = null) => Task.FromResult(Recorded(reason, data));
}
