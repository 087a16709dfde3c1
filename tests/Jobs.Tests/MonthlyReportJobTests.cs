using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcFeedback.Jobs.Tests;

/// <summary>The monthly job and its catch-up enqueue report jobs into Hangfire's real storage; the host is built
/// but not started, so nothing runs them and the queue can be read as they left it.</summary>
public class MonthlyReportJobTests
{
    private static ReportPeriod LastMonth => ReportPeriod.PreviousMonth(VietnamTime.DateOf(DateTimeOffset.UtcNow));

    [Fact]
    public async Task RunAsync_SampleCatalog_EnqueuesOneReportJobPerActiveScope()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var triageDepartment = await RoutePetitionLastMonthToADepartmentWithoutCountersAsync(connectionString);
        using var host = JobsTestHost.Build(connectionString);

        var count = await RunAsync(host, job => job.RunAsync(CancellationToken.None));

        var enqueued = EnqueuedReports(host);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var centers = await db.ServiceCenters.Select(c => "center:" + c.Code).ToListAsync();
        var staffing = await db.Counters.Select(c => "department:" + c.Department.Code).Distinct().ToListAsync();
        string[] expected = ["province", .. centers, .. staffing, $"department:{triageDepartment}"];
        Assert.Equal(expected.Length, count);
        Assert.Equal(expected.Order(), enqueued.Select(j => j.ScopeKey).Order());
        Assert.All(enqueued, j => Assert.Equal(LastMonth.Key, j.PeriodKey));
    }

    [Fact]
    public async Task CatchUpAsync_LastMonthsProvinceReportMissing_EnqueuesIt()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using var host = JobsTestHost.Build(connectionString);

        var caughtUp = await RunAsync(host, job => job.CatchUpAsync(CancellationToken.None));

        Assert.True(caughtUp);
        Assert.Equal([(LastMonth.Key, "province")], EnqueuedReports(host));
    }

    [Fact]
    public async Task CatchUpAsync_LastMonthsProvinceReportArchived_EnqueuesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        await ArchivedReportRows.AddProvinceAsync(connectionString, LastMonth);
        using var host = JobsTestHost.Build(connectionString);

        var caughtUp = await RunAsync(host, job => job.CatchUpAsync(CancellationToken.None));

        Assert.False(caughtUp);
        Assert.Empty(EnqueuedReports(host));
    }

    private static async Task<T> RunAsync<T>(IHost host, Func<MonthlyReportJob, Task<T>> run)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<MonthlyReportJob>());
    }

    private static List<(string PeriodKey, string ScopeKey)> EnqueuedReports(IHost host)
    {
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return monitoring.EnqueuedJobs("default", 0, 1000)
            .Select(j => j.Value.Job)
            .Where(j => j.Type == typeof(GenerateReportJob) && j.Method.Name == nameof(GenerateReportJob.RunScheduledAsync))
            .Select(j => ((string)j.Args[0], (string)j.Args[1]))
            .ToList();
    }

    /// <summary>A department that staffs no counter still reports when it was given a petition in the month.</summary>
    private static async Task<string> RoutePetitionLastMonthToADepartmentWithoutCountersAsync(string connectionString)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var department = await db.Departments.Where(d => !db.Counters.Any(c => c.DepartmentId == d.Id)).OrderBy(d => d.Code).FirstAsync();
        var routedAt = VietnamTime.StartOf(LastMonth.From).AddDays(3);
        db.Petitions.Add(TestPetitions.Routed(department.Id, routedAt, routedAt.AddDays(14)));
        await db.SaveChangesAsync();
        return department.Code;
    }
}
