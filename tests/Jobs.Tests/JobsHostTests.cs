using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcFeedback.Jobs.Tests;

public class JobsHostTests
{
    // Generous: under a full parallel test run on two cores, a Hangfire poll can wait a long time for a CPU.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task EnqueuedJob_OnRealPostgreSqlStorage_RunsAndSucceeds()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using var host = JobsTestHost.Build(connectionString);
        await host.StartAsync();
        var marker = Guid.NewGuid().ToString();

        var jobId = host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.Run(marker));

        await ProbeJob.RunOf(marker).WaitAsync(Patience);
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await WaitUntil(() => monitoring.JobDetails(jobId).History.Any(h => h.StateName == "Succeeded"));
        Assert.Single(monitoring.Servers());
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_StaleRecurringJobInStorage_IsRemoved()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using (var seeding = JobsTestHost.Build(connectionString))
        {
            seeding.Services.GetRequiredService<IRecurringJobManager>()
                .AddOrUpdate<ProbeJob>("renamed-long-ago", j => j.Run("never"), Cron.Daily());
        }
        using var host = JobsTestHost.Build(connectionString);

        await host.StartAsync();

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == "renamed-long-ago");
        await host.StopAsync();
    }

    [Fact]
    public async Task Enqueue_TwoHostsInOneProcess_EachWritesToAndRunsWithItsOwnDatabase()
    {
        var (first, second) = (await TestDatabase.CreateAsync(TestDatabaseContent.Migrated), await TestDatabase.CreateAsync(TestDatabaseContent.Migrated));
        using var firstHost = JobsTestHost.Build(first);
        using var secondHost = JobsTestHost.Build(second);
        // Hangfire's configuration is process-wide: configure the first host, then let the second one take it over.
        firstHost.Services.GetRequiredService<IGlobalConfiguration>();
        secondHost.Services.GetRequiredService<JobStorage>();
        secondHost.Services.GetRequiredService<JobActivator>();
        await firstHost.StartAsync();
        var marker = Guid.NewGuid().ToString();

        var jobId = firstHost.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.Run(marker));

        Assert.Equal((1, 0), (await EnqueuedJobsAsync(first, jobId), await EnqueuedJobsAsync(second, jobId)));
        Assert.Equal(first, await ProbeJob.RunOf(marker).WaitAsync(Patience));
        await firstHost.StopAsync();
    }

    [Fact]
    public async Task Enqueue_AfterAnotherHostInTheProcessWasDisposed_Succeeds()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using var host = JobsTestHost.Build(connectionString);
        host.Services.GetRequiredService<IGlobalConfiguration>();
        // The last host configured sets Hangfire's process-wide log provider, then disposes its logger factory.
        using (var gone = JobsTestHost.Build(connectionString))
        {
            gone.Services.GetRequiredService<IGlobalConfiguration>();
        }

        var jobId = host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.Run("after"));

        Assert.Equal(1, await EnqueuedJobsAsync(connectionString, jobId));
    }

    private static async Task<int> EnqueuedJobsAsync(string connectionString, string jobId)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM hangfire.job WHERE id = {long.Parse(jobId)}").SingleAsync();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
