using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcFeedback.Jobs.Tests;

/// <summary>Whoever folds new responses, the alert check follows: here the report that the catch-up on start asks
/// for, which folds before it reads. The host is built but not started, so the queue can be read as left.</summary>
public class AlertCheckAfterFoldTests
{
    private static ReportPeriod LastMonth => ReportPeriod.PreviousMonth(VietnamTime.DateOf(DateTimeOffset.UtcNow));

    [Fact]
    public async Task RunScheduledAsync_PendingResponses_FoldsThemAndEnqueuesTheAlertCheck()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await AddPendingResponseAsync(connectionString);
        using var host = JobsTestHost.Build(connectionString);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GenerateReportJob>().RunScheduledAsync(LastMonth.Key, "province", CancellationToken.None);
        }

        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal(0, await db.SurveyResponses.CountAsync(r => r.Counted == 0)); // folded
        Assert.Equal(1, EnqueuedAlertChecks(host));
    }

    /// <summary>The whole path of a Jobs host that starts on a database without last month's report: its catch-up
    /// step enqueues the catch-up, which enqueues the report, which folds before it reads.</summary>
    [Fact]
    public async Task ReportCatchUpOnStart_PendingResponses_ItsReportFoldsThemAndEnqueuesTheAlertCheck()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await AddPendingResponseAsync(connectionString);
        using var host = JobsTestHost.Build(connectionString);

        await host.Services.GetServices<IHostedService>().OfType<ReportCatchUpOnStart>().Single().StartAsync(CancellationToken.None);
        await PerformEnqueuedAsync<MonthlyReportJob>(host);
        await PerformEnqueuedAsync<GenerateReportJob>(host);

        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal(0, await db.SurveyResponses.CountAsync(r => r.Counted == 0)); // folded by the report
        Assert.Equal(1, EnqueuedAlertChecks(host));
    }

    [Fact]
    public async Task RunAsync_MinuteScheduleWithPendingResponses_EnqueuesTheAlertCheck()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await AddPendingResponseAsync(connectionString);
        using var host = JobsTestHost.Build(connectionString);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SatisfactionRollupJob>().RunAsync(CancellationToken.None));
        }

        Assert.Equal(1, EnqueuedAlertChecks(host));
    }

    [Fact]
    public async Task RollupAsync_NothingPending_EnqueuesNoAlertCheck()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var host = JobsTestHost.Build(connectionString);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SatisfactionRollupJob>().RollupAsync(SatisfactionRollupJob.BatchSize);
        }

        Assert.Equal(0, EnqueuedAlertChecks(host));
    }

    private static async Task AddPendingResponseAsync(string connectionString)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var touchpoint = await db.Touchpoints.Where(t => t.CounterId != null && t.RevokedAt == null).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.CenterId, t.CounterId, t.Counter!.DepartmentId }).FirstAsync();
        db.SurveyResponses.Add(TestResponses.At(touchpoint.Id, touchpoint.CenterId, touchpoint.CounterId, touchpoint.DepartmentId,
            VietnamTime.StartOf(LastMonth.From).AddHours(9), QuickRating.Satisfied));
        await db.SaveChangesAsync();
    }

    /// <summary>Runs the queued jobs of type <typeparamref name="TJob"/> as a Hangfire worker would: the job resolved
    /// in a scope, its method called with the stored arguments.</summary>
    private static async Task PerformEnqueuedAsync<TJob>(IHost host)
        where TJob : notnull
    {
        var queued = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Where(j => j.Value.Job.Type == typeof(TJob)).Select(j => j.Value.Job).ToList();
        Assert.NotEmpty(queued);
        foreach (var job in queued)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var arguments = job.Method.GetParameters()
                .Select((p, i) => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : job.Args[i]).ToArray();
            await (Task)job.Method.Invoke(scope.ServiceProvider.GetRequiredService<TJob>(), arguments)!;
        }
    }

    private static int EnqueuedAlertChecks(IHost host) =>
        host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Count(j => j.Value.Job.Type == typeof(SatisfactionAlertJob));
}
