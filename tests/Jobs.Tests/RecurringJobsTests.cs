using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcFeedback.Jobs.Tests;

public class RecurringJobsTests
{
    // Generous: under a full parallel test run on two cores, a Hangfire poll can wait a long time for a CPU.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData(RecurringJobs.SatisfactionRollup, "* * * * *", "SatisfactionRollupJob")]
    [InlineData(RecurringJobs.SatisfactionAlerts, "5 * * * *", "SatisfactionAlertJob")]
    [InlineData(RecurringJobs.SatisfactionRecount, "30 2 * * *", "SatisfactionRecountJob")]
    [InlineData(RecurringJobs.PetitionRoutingSweep, "* * * * *", "RoutingSweepJob")]
    public async Task Start_EveryRecurringJob_IsScheduledInVietnamTime(string id, string cron, string jobType)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using var host = JobsTestHost.Build(connectionString);

        await host.StartAsync();

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == id);
        Assert.Equal(cron, job.Cron);
        Assert.Equal("Asia/Ho_Chi_Minh", job.TimeZoneId);
        Assert.Equal(jobType, job.Job.Type.Name);
        Assert.Null(job.LoadException);
        await host.StopAsync();
    }

    [Fact]
    public async Task EnqueuedRollup_OnTheJobsServer_FoldsAResponseAndQueuesTheAlerts()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        Guid id;
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            var touchpoint = await db.Touchpoints.FirstAsync(t => t.CounterId != null && t.RevokedAt == null);
            var response = TestResponses.At(touchpoint.Id, touchpoint.CenterId, touchpoint.CounterId, null, DateTimeOffset.UtcNow, QuickRating.Satisfied);
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync();
            id = response.Id;
        }
        using var host = JobsTestHost.Build(connectionString);
        await host.StartAsync();

        SatisfactionRollupJob.Enqueue(host.Services.GetRequiredService<IBackgroundJobClient>());

        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            await using var db = TestDatabase.CreateDbContext(connectionString);
            if (await db.SurveyResponses.AnyAsync(r => r.Id == id && r.Counted == RollupState.QuickRating, timeout.Token))
            {
                Assert.Equal(1, await db.HourlyCounts.SumAsync(h => h.Responses, timeout.Token));
                break;
            }
            await Task.Delay(200, timeout.Token);
        }
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        while (!monitoring.SucceededJobs(0, 10).Any(j => j.Value.Job?.Type == typeof(SatisfactionAlertJob)))
        {
            await Task.Delay(200, timeout.Token);
        }
        await host.StopAsync();
    }
}
