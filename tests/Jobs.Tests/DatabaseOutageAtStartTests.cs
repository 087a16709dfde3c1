using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Jobs.Tests;

/// <summary>A Jobs host started while its database is away (a server booting, a failover) waits for it instead of
/// exiting, and does its start-up work once the database answers.</summary>
public class DatabaseOutageAtStartTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Start_DatabaseDown_HostStartsAndRegistersTheScheduleOnceTheDatabaseIsBack()
    {
        using var cluster = PostgresCluster.StartPrivate();
        var connectionString = await TestDatabase.CreateAsync(cluster, TestDatabaseContent.Migrated);
        cluster.Stop();
        using var host = JobsTestHost.Build(connectionString);

        await host.StartAsync();
        cluster.Start();

        var storage = host.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow + Patience;
        while (!RecurringJobIds(storage).Contains(RecurringJobs.SatisfactionRollup))
        {
            Assert.True(DateTime.UtcNow < deadline, "the schedule was not registered after the database came back");
            await Task.Delay(250);
        }
        await host.StopAsync();
    }

    private static List<string> RecurringJobIds(JobStorage storage)
    {
        try
        {
            using var connection = storage.GetConnection();
            return [.. connection.GetRecurringJobs().Select(j => j.Id)];
        }
        catch (Npgsql.NpgsqlException)
        {
            // The server is still starting.
            return [];
        }
    }
}
