namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>The statuses each action may start from (PETITIONS.md, Workflow and audit): the services refuse the
/// others, and the pages offer only what is allowed now.</summary>
public static class HandlingTransitions
{
    private static readonly PetitionStatus[] WithTheDepartment = [PetitionStatus.Routed, PetitionStatus.Accepted];

    public static readonly IReadOnlyList<PetitionStatus> Accept = [PetitionStatus.Routed];
    public static readonly IReadOnlyList<PetitionStatus> Answer = WithTheDepartment;
    public static readonly IReadOnlyList<PetitionStatus> Return = WithTheDepartment;
    public static readonly IReadOnlyList<PetitionStatus> Transfer = WithTheDepartment;
    public static readonly IReadOnlyList<PetitionStatus> RequestInformation = WithTheDepartment;
    public static readonly IReadOnlyList<PetitionStatus> InformationReceived = [PetitionStatus.InfoRequested];

    /// <summary>An answered petition, or with a reason one that needs no answer.</summary>
    public static readonly IReadOnlyList<PetitionStatus> Close = [PetitionStatus.Answered, .. WithTheDepartment, PetitionStatus.InfoRequested];

    /// <summary>Also what waits for routing: a manager may route it by hand.</summary>
    public static readonly IReadOnlyList<PetitionStatus> Reassign =
        [PetitionStatus.Received, PetitionStatus.Routed, PetitionStatus.Accepted, PetitionStatus.Returned];

    /// <summary>While a clock runs or stands still.</summary>
    public static readonly IReadOnlyList<PetitionStatus> Extend = [.. WithTheDepartment, PetitionStatus.InfoRequested];

    /// <summary>Nothing is ever deleted, whatever the status: personal data can always be redacted.</summary>
    public static readonly IReadOnlyList<PetitionStatus> Redact = Enum.GetValues<PetitionStatus>();
}
