namespace CchcFeedback.Core.Routing;

/// <summary>The rules of ROUTING.md, in the order they are tried: the first that applies wins.</summary>
public enum RoutingRule
{
    Integrity,
    Portal,
    Center,
    Procedure,
    Field,
    CounterStaff,
    GeneralRemarks,

    /// <summary>No rule applied with confidence: the triage department routes it by hand.</summary>
    Triage,

    /// <summary>A person chose the department on the triage page; never chosen by the router.</summary>
    Manual,
}
