namespace CchcFeedback.Core.Petitions.Inbox;

/// <summary>What the inbox shows. No status means every petition the department still has to act on.</summary>
/// <param name="From">First Vietnamese day of receipt.</param>
/// <param name="To">Last Vietnamese day of receipt.</param>
public sealed record InboxFilter(
    PetitionStatus? Status = null,
    PetitionKind? Kind = null,
    int? CenterId = null,
    int? FieldId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1)
{
    public const int PageSize = 50;
}

public sealed record InboxItem(
    Guid Id,
    string TrackingCode,
    string Title,
    PetitionKind Kind,
    PetitionStatus Status,
    bool NeedsTriage,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool Paused,
    string? DepartmentName,
    string? CenterName,
    InboxUrgency Urgency);

public enum InboxUrgency
{
    None,
    DueSoon,
    Overdue,
}

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + InboxFilter.PageSize - 1) / InboxFilter.PageSize);
}

/// <summary>The figures at the top of the inbox: routed and not yet accepted, due within two working days, overdue.</summary>
public sealed record InboxCounts(int New, int DueSoon, int Overdue);
