namespace CchcFeedback.Core.Petitions;

/// <summary>What anyone holding the tracking code may see: where the petition stands, never who sent it or
/// what they wrote. <see cref="Answer"/> is there only once the answer is published.</summary>
public sealed record PetitionTracking(
    string TrackingCode,
    PetitionKind Kind,
    PetitionKind FiledKind,
    PetitionStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? CenterCode,
    string? CenterName,
    string? DepartmentCode,
    string? DepartmentName,
    bool NeedsTriage,
    DateTimeOffset? DueAt,
    string? Answer,
    DateTimeOffset? AnswerPublishedAt,
    int Supporters)
{
    public bool IsOpen => PetitionService.OpenStatuses.Contains(Status);
}

/// <summary>The contact details of a petition, decrypted, for the citizen who proves they sent it.</summary>
public sealed record PetitionContact(string? Name, string? Phone, string? Email, string? Address, bool ConsentContact, bool ConsentPublish);

/// <summary>Which petitions an integration lists (Open311 GET requests).</summary>
public sealed record PetitionListFilter(
    IReadOnlyList<string>? TrackingCodes = null,
    PetitionKind? Kind = null,
    bool? Open = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100);
