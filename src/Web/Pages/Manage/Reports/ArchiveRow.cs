using CchcFeedback.Core.Reports;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>One archived report as the list shows it (never its files).</summary>
public sealed record ArchiveRow(
    string PeriodKey,
    string ScopeKey,
    ReportPeriodKind Kind,
    DateOnly From,
    DateOnly To,
    string Title,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    int Version,
    DateTimeOffset? EmailedAt)
{
    /// <summary>Its e-mails' state in the outbox, when it was e-mailed.</summary>
    public ArchiveMail Mail { get; init; } = ArchiveMail.None;
}

public sealed record ArchiveMail(int Sent, int Waiting, int Failed)
{
    public static ArchiveMail None { get; } = new(0, 0, 0);

    public int Total => Sent + Waiting + Failed;
}
