namespace CchcFeedback.Core.Touchpoints;

/// <summary>What a citizen's page needs to know about a scanned touchpoint: where it is and whether it still
/// works. <see cref="HasReplacement"/> says a new code was put up at the same place.</summary>
public record TouchpointPlace(
    int Id,
    string Token,
    bool IsActive,
    bool HasReplacement,
    string CenterCode,
    string CenterName,
    string? CenterAddress,
    string? CounterCode,
    string? CounterName);
