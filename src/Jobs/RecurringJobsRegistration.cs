using Hangfire;
using Hangfire.Storage;

namespace CchcFeedback.Jobs;

/// <summary>Applies <see cref="RecurringJobs"/> when the server starts: schedules that the code no longer
/// lists are removed, so a renamed job does not keep running under its old id. Logs the schedule.</summary>
public class RecurringJobsRegistration(IRecurringJobManager jobs, JobStorage storage, ILogger<RecurringJobsRegistration> logger)
    : StartupStep(logger)
{
    protected override string Name => "Recurring schedule";

    protected override void Run()
    {
        var wanted = RecurringJobs.Register(jobs).ToHashSet();
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => !wanted.Contains(j.Id)))
        {
            jobs.RemoveIfExists(stale.Id);
            logger.LogInformation("Removed recurring job {Id}, no longer in the schedule", stale.Id);
        }
        var schedule = connection.GetRecurringJobs();
        logger.LogInformation("Recurring schedule: {Count} job(s)", schedule.Count);
        foreach (var job in schedule.OrderBy(j => j.Id))
        {
            logger.LogInformation("  {Id}: {Cron} ({TimeZone}), next {Next:u}", job.Id, job.Cron, job.TimeZoneId, job.NextExecution);
        }
    }
}
