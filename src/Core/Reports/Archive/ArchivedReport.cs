using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports.Archive;

/// <summary>The newest version of the report of one period and scope (<see cref="ReportPeriod.Key"/>,
/// <see cref="ReportScope.Key"/>): a rerun replaces it and counts a new <see cref="Version"/>, never adds a row.</summary>
public class ArchivedReport
{
    public const int KeyLength = 80;
    public const int GeneratedByLength = 256;

    /// <summary>Who generated a scheduled report (the monthly job or its catch-up).</summary>
    public const string Schedule = "schedule";

    public long Id { get; set; }
    public required string PeriodKey { get; set; }
    public required string ScopeKey { get; set; }
    public ReportPeriodKind PeriodKind { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public SatisfactionScope ScopeKind { get; set; }

    /// <summary>The center's or department's catalog code; null for the province.</summary>
    public string? ScopeCode { get; set; }
    public required string Title { get; set; }
    public required byte[] Docx { get; set; }
    public required byte[] Xlsx { get; set; }
    public required string HtmlPreview { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>The staff user's e-mail, or <see cref="Schedule"/>.</summary>
    public required string GeneratedBy { get; set; }

    /// <summary>1 when first generated, one more at each regeneration.</summary>
    public int Version { get; set; }

    /// <summary>When the report was first put in the outbox for its recipients; null while it was never e-mailed.
    /// Each message's own state is in the outbox.</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}
