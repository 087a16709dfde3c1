using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Routing.Triage;

/// <summary>A department the router thought of, with its probability (0 to 1) and the petition's words that
/// pointed there (none for a routing event written before the router gave its reasons).</summary>
public record TriageGuess(string DepartmentCode, double Score, IReadOnlyList<string>? Words = null);

/// <summary>A petition waiting to be routed by hand, with what the person routing it needs and nothing more:
/// no contact details.</summary>
public record TriagePetition(
    Guid Id,
    string TrackingCode,
    PetitionKind Kind,
    string Title,
    string Text,
    DateTimeOffset ReceivedAt,
    string? CenterName,
    string? CounterName,
    string? ProcedureCode,
    string? ProcedureName,
    IReadOnlyList<TriageGuess> Guesses);

public enum ManualRoutingOutcome
{
    Routed,

    /// <summary>It had already left triage (another click, another manager): nothing changed.</summary>
    NotInTriage,

    UnknownDepartment,
}
