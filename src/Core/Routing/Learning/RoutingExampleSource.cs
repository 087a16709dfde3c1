namespace CchcFeedback.Core.Routing.Learning;

/// <summary>How a person told routing where a petition belongs. Stored as its snake_case name.</summary>
public enum RoutingExampleSource
{
    /// <summary>A manager routed it by hand from the triage page.</summary>
    Triage,

    /// <summary>A department passed it on to the department that must answer.</summary>
    Transfer,

    /// <summary>A department answered "not ours" and it was routed again.</summary>
    Return,
}
