using CchcFeedback.Core.Reports.Archive;
using Hangfire;

namespace CchcFeedback.Jobs;

/// <summary>When the server starts, asks for last month's province report if the archive lacks it
/// (<see cref="MonthlyReportJob.CatchUpAsync"/>): a new database, or one that missed the 1st, has it within minutes.</summary>
public class ReportCatchUpOnStart(IBackgroundJobClient jobs, ILogger<ReportCatchUpOnStart> logger) : StartupStep(logger)
{
    protected override string Name => "Report catch-up";

    protected override void Run() => MonthlyReportJob.EnqueueCatchUp(jobs);
}
