using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Reports.Archive;

/// <summary>Generates and archives one report, for one period and scope, given by their keys (a scheduled report)
/// or by a Manager's order id. Rerunning it replaces the archived report; its e-mails are written once.</summary>
public partial class GenerateReportJob(
    CchcDbContext db, ReportArchive archive, SatisfactionRollupJob rollup, TimeProvider clock, ILogger<GenerateReportJob> logger)
{
    public static string EnqueueScheduled(IBackgroundJobClient jobs, ReportPeriod period, ReportScope scope) =>
        jobs.Enqueue<GenerateReportJob>(j => j.RunScheduledAsync(period.Key, scope.Key, CancellationToken.None));

    public static string EnqueueOrder(IBackgroundJobClient jobs, Guid orderId) =>
        jobs.Enqueue<GenerateReportJob>(j => j.RunOrderAsync(orderId, CancellationToken.None));

    /// <summary>A report of the monthly schedule (or its catch-up), e-mailed once to the report recipients.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task RunScheduledAsync(string periodKey, string scopeKey, CancellationToken cancellationToken)
    {
        var (period, scope) = (ReportKeys.Period(periodKey), ReportKeys.Scope(scopeKey));
        await FoldPendingResponsesAsync(cancellationToken);
        await GenerateAsync(period, scope, ArchivedReport.Schedule, ReportMailing.Scheduled, cancellationToken);
    }

    /// <summary>A Manager's order: done once, however often the job runs.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task RunOrderAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.ReportOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || order.CompletedAt is not null)
        {
            return;
        }
        await FoldPendingResponsesAsync(cancellationToken);
        var mailing = order.SendEmail ? ReportMailing.ForOrder(order.Id) : null;
        await GenerateAsync(ReportKeys.Period(order.PeriodKey), ReportKeys.Scope(order.ScopeKey), order.OrderedBy, mailing, cancellationToken);
        var now = clock.GetUtcNow();
        await db.ReportOrders.Where(o => o.Id == orderId && o.CompletedAt == null)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.CompletedAt, now), cancellationToken);
    }

    private async Task GenerateAsync(ReportPeriod period, ReportScope scope, string generatedBy, ReportMailing? mailing, CancellationToken cancellationToken)
    {
        try
        {
            await archive.GenerateAsync(period, scope, generatedBy, mailing, cancellationToken);
        }
        catch (ReportScopeNotFoundException)
        {
            // The catalog no longer has the code: no retry can change that.
            LogScopeGone(period.Key, scope.Key);
        }
    }

    /// <summary>The report reads the count tables, as the dashboards do: responses not yet folded would be missing
    /// from it. When another rollup holds the lock, wait for it and fold after it.</summary>
    private async Task FoldPendingResponsesAsync(CancellationToken cancellationToken)
    {
        while ((await rollup.RollupAsync(SatisfactionRollupJob.BatchSize, cancellationToken)).Busy)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {PeriodKey} {ScopeKey} not generated: the catalog has no such scope")]
    private partial void LogScopeGone(string periodKey, string scopeKey);
}
