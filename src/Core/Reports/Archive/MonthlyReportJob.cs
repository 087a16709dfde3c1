using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Reports.Archive;

/// <summary>On the 1st of each month, the previous month's reports: one <see cref="GenerateReportJob"/> per scope
/// (<see cref="ReportScopes"/>), so that one that fails is retried alone and does not stop the others.</summary>
public partial class MonthlyReportJob(CchcDbContext db, IBackgroundJobClient jobs, TimeProvider clock, ILogger<MonthlyReportJob> logger)
{
    public static string EnqueueCatchUp(IBackgroundJobClient jobs) => jobs.Enqueue<MonthlyReportJob>(j => j.CatchUpAsync(CancellationToken.None));

    /// <summary>The month before today in Vietnam.</summary>
    public ReportPeriod LastMonth => ReportPeriod.PreviousMonth(VietnamTime.DateOf(clock.GetUtcNow()));

    [AutomaticRetry(Attempts = 3)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => EnqueueAsync(LastMonth, cancellationToken);

    /// <returns>How many scopes were enqueued. Enqueuing twice only regenerates: each report is replaced and mailed once.</returns>
    public async Task<int> EnqueueAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var scopes = await ReportScopes.ActiveAsync(db, period, cancellationToken);
        foreach (var scope in scopes)
        {
            GenerateReportJob.EnqueueScheduled(jobs, period, scope);
        }
        LogEnqueued(period.Key, scopes.Count);
        return scopes.Count;
    }

    /// <summary>When the Jobs host starts: a database that missed last month's run (a new deployment, a developer's
    /// machine) gets last month's province report now rather than next month.</summary>
    /// <returns>True when the report was missing and is now enqueued.</returns>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        var period = LastMonth;
        var province = ReportScope.Province.Key;
        if (await db.ArchivedReports.AnyAsync(r => r.PeriodKey == period.Key && r.ScopeKey == province, cancellationToken))
        {
            return false;
        }
        GenerateReportJob.EnqueueScheduled(jobs, period, ReportScope.Province);
        LogCatchingUp(period.Key);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly reports of {PeriodKey}: {Scopes} scope(s) enqueued")]
    private partial void LogEnqueued(string periodKey, int scopes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catch-up: the province report of {PeriodKey} is missing, enqueued")]
    private partial void LogCatchingUp(string periodKey);
}
