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

    /// <summary>Personal data was removed (the citizen asked, or the retention period ended).</summary>
    Redacted,

    /// <summary>The citizen said whether the answer satisfied them.</summary>
    Rated,
}
