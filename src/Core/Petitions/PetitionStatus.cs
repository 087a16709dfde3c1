namespace CchcFeedback.Core.Petitions;

/// <summary>Where a petition stands in the workflow of PETITIONS.md. Stored as its snake_case name; the row's
/// status is the truth that jobs and pages read, the job queue only a nudge.</summary>
public enum PetitionStatus
{
    /// <summary>Stored, waiting for the routing job.</summary>
    Received,

    /// <summary>A department (or triage) has it.</summary>
    Routed,

    /// <summary>The department took it on.</summary>
    Accepted,

    /// <summary>The department handed it back as "not ours": it goes to routing again.</summary>
    Returned,

    /// <summary>The department asked the citizen for more information: the clock is paused until it arrives.</summary>
    InfoRequested,

    Answered,
    Closed,
}
