namespace CchcFeedback.Core.Reports.Archive;

/// <summary>A Manager's request to generate (or regenerate) a report. Its id is the form's id, so a form posted
/// twice orders once; the job that generates it takes this id.</summary>
public class ReportOrder
{
    public Guid Id { get; set; }
    public required string PeriodKey { get; set; }
    public required string ScopeKey { get; set; }

    /// <summary>Whether the report is e-mailed to the report recipients once generated.</summary>
    public bool SendEmail { get; set; }
    public required string OrderedBy { get; set; }
    public DateTimeOffset OrderedAt { get; set; }

    /// <summary>When the job archived the report; null while it waits or is being retried.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
