using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Routing;

/// <summary>What routing knows about a petition (ROUTING.md, Inputs).</summary>
/// <param name="CenterCode">The QR touchpoint's service center; null from the website or the Api.</param>
/// <param name="CounterCode">The counter, when the QR code was a counter's.</param>
/// <param name="ProcedureCode">The procedure code (mã TTHC) the citizen gave, if any.</param>
/// <param name="ExcludedDepartmentCodes">Departments that returned the petition as "not ours".</param>
public record RoutingRequest(
    string? CenterCode,
    string? CounterCode,
    string? ProcedureCode,
    string Title,
    string Text,
    PetitionKind FiledKind = PetitionKind.PhanAnh,
    IReadOnlyCollection<string>? ExcludedDepartmentCodes = null);
