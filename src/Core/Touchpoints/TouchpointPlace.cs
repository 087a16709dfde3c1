namespace CchcFeedback.Core.Touchpoints;

/// <summary>What a citizen's page or a submission needs to know about a scanned touchpoint: where it is,
/// whether it still works, and the ids a response is filed under. <see cref="HasReplacement"/> says a new
/// code was put up at the same place.</summary>
public record TouchpointPlace(
    int Id,
    string Token,
    bool IsActive,
    bool HasReplacement,
    int CenterId,
    string CenterCode,
    string CenterName,
    string? CenterAddress,
    int? CounterId,
    string? CounterCode,
    string? CounterName,
    int? DepartmentId,
    int? ProcedureId);
