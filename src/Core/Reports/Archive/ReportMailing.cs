namespace CchcFeedback.Core.Reports.Archive;

/// <summary>That a generated report is e-mailed to <see cref="ReportOptions.EmailRecipients"/>, and on what
/// occasion: the occasion is part of each message's dedupe key, so the scheduled report of a period and scope is
/// mailed once whatever reruns, and a Manager's order once per order.</summary>
public sealed record ReportMailing
{
    private ReportMailing(string occasion) => Occasion = occasion;

    public string Occasion { get; }

    public static ReportMailing Scheduled { get; } = new("schedule");

    public static ReportMailing ForOrder(Guid orderId) => new($"order:{orderId:N}");
}
