namespace CchcFeedback.Core.Petitions;

/// <summary>What happened to a petition, one row of its append-only history (PETITIONS.md, Workflow and audit).</summary>
public enum PetitionEventKind
{
    Received,

    /// <summary>Another citizen added their voice instead of filing the same petition again.</summary>
    Supported,
    Routed,
    Accepted,
    Returned,
    Transferred,
    Escalated,
    Answered,
    Published,
    Reopened,
    Closed,

    /// <summary>Personal data was removed (the citizen asked, or the retention period ended), or a manager
    /// redacted text or a photo (the original is kept apart, in <see cref="Handling.PetitionRedaction"/>).</summary>
    Redacted,

    /// <summary>The department asked the citizen for more information; the clock stops.</summary>
    InfoRequested,

    /// <summary>The information asked for arrived; the clock runs again.</summary>
    InfoReceived,

    /// <summary>A manager gave the petition to another department.</summary>
    Reassigned,

    /// <summary>A manager extended the deadline, with a reason.</summary>
    Extended,
    /// <summary>The citizen said whether the answer satisfied them.</summary>
    Rated,
}
