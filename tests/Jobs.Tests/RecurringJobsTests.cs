using CchcFeedback.Core.Notifications;
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
    [InlineData(RecurringJobs.OutboxDelivery, "* * * * *", "OutboxDeliveryJob")]
    [InlineData(RecurringJobs.PetitionContactRetention, "15 3 * * *", "ContactRetentionJob")]
    [InlineData(RecurringJobs.RoutingRetrain, "0 1 * * *", "RetrainRoutingModelJob")]
    [InlineData(RecurringJobs.PetitionEscalation, "10 * * * *", "PetitionEscalationJob")]
    [InlineData(RecurringJobs.MonthlyReports, "0 6 1 * *", "MonthlyReportJob")]
    [InlineData(RecurringJobs.ZaloTokenRefresh, "*/15 * * * *", "ZaloTokenRefreshJob")]
    [InlineData(RecurringJobs.AssistantRetention, "45 3 * * *", "AssistantRetentionJob")]
    [InlineData(RecurringJobs.ChannelRetention, "25 * * * *", "ChannelRetentionJob")]
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

        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await WaitUntilAsync(monitoring, async () =>
        {
            await using var db = TestDatabase.CreateDbContext(connectionString);
            return await db.SurveyResponses.AnyAsync(r => r.Id == id && r.Counted == RollupState.QuickRating);
        });
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            Assert.Equal(1, await db.SatisfactionDays.SumAsync(d => d.Ratings[0] + d.Ratings[1] + d.Ratings[2]));
        }
        // Every succeeded job, not the latest few: the every-minute jobs of a slow run can push it off a short page.
        await WaitUntilAsync(monitoring, () => Task.FromResult(
            monitoring.SucceededJobs(0, (int)monitoring.SucceededListCount()).Any(j => j.Value.Job?.Type == typeof(SatisfactionAlertJob))));
        await host.StopAsync();
    }

    [Fact]
    public async Task EnqueuedOutboxDelivery_OnTheJobsServer_SendsTheMessage()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        var key = $"jobs-test:{Guid.NewGuid():N}";
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            await OutboxEmail.AddAsync(db, "canbo@quangtri.gov.vn", "Thử gửi thư", "Nội dung", key, DateTimeOffset.UtcNow);
        }
        // A real SMTP server: the pickup folder is a stand-in, and what it handles is never recorded as sent.
        await using var smtp = new InProcessSmtpServer();
        smtp.Start();
        using var host = JobsTestHost.Build(connectionString,
            "--Email:SmtpHost=127.0.0.1", $"--Email:SmtpPort={smtp.Port}", "--Email:UseTls=false");
        await host.StartAsync();

        OutboxDeliveryJob.Enqueue(host.Services.GetRequiredService<IBackgroundJobClient>());

        await WaitUntilAsync(host.Services.GetRequiredService<JobStorage>().GetMonitoringApi(), async () =>
        {
            await using var db = TestDatabase.CreateDbContext(connectionString);
            return await db.OutboxMessages.AnyAsync(m => m.DedupeKey == key && m.SentAt != null);
        });
        await host.StopAsync();
        Assert.Equal("Thử gửi thư", Assert.Single(smtp.Messages).Subject);
    }

    /// <summary>Polls until the condition holds; past <see cref="Patience"/>, fails with what the Hangfire server
    /// was doing, so that a slow or stuck run says why.</summary>
    private static async Task WaitUntilAsync(IMonitoringApi monitoring, Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Still waiting after {Patience}. Hangfire: {Describe(monitoring)}");
            await Task.Delay(200);
        }
    }

    private static string Describe(IMonitoringApi monitoring)
    {
        static string Names<T>(IEnumerable<KeyValuePair<string, T>> jobs, Func<T, Hangfire.Common.Job?> job) =>
            string.Join(", ", jobs.Select(j => $"{j.Key} {job(j.Value)?.Type.Name}"));
        var queues = string.Join("; ", monitoring.Queues().Select(q => $"{q.Name}: {q.Length} queued"));
        var processing = Names(monitoring.ProcessingJobs(0, 50), j => j.Job);
        var scheduled = monitoring.ScheduledJobs(0, 50).Select(j =>
            $"{j.Key} {j.Value.Job?.Type.Name} ({monitoring.JobDetails(j.Key).History.FirstOrDefault(h => h.StateName == "Failed")?.Data["ExceptionMessage"]})");
        var failed = monitoring.FailedJobs(0, 50).Select(j => $"{j.Key} {j.Value.Job?.Type.Name}: {j.Value.ExceptionMessage}");
        var succeeded = Names(monitoring.SucceededJobs(0, 50), j => j.Job);
        return $"servers {monitoring.Servers().Count}; {queues}; processing [{processing}]; scheduled [{string.Join(", ", scheduled)}]; " +
            $"failed [{string.Join(", ", failed)}]; succeeded [{succeeded}]";
    }
}
