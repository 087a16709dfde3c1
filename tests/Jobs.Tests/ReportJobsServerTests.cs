using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Jobs.Tests;

/// <summary>The report jobs on the Jobs server, with the real builder, as <c>./cchc up</c> runs them.</summary>
public class ReportJobsServerTests
{
    // Generous: under a full parallel test run on two cores, a Hangfire poll can wait a long time for a CPU.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private static ReportPeriod LastMonth => ReportPeriod.PreviousMonth(VietnamTime.DateOf(DateTimeOffset.UtcNow));

    [Fact]
    public async Task Start_LastMonthsProvinceReportMissing_GeneratesItWithResponsesNotYetFolded()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await AddResponsesAsync(connectionString, count: 12, VietnamTime.StartOf(LastMonth.From).AddDays(9).AddHours(2));
        using var host = JobsTestHost.Build(connectionString);

        await host.StartAsync();

        var report = await WaitForAsync(connectionString, LastMonth.Key, "province");
        Assert.Equal((1, ArchivedReport.Schedule, ReportPeriodKind.Month), (report.Version, report.GeneratedBy, report.PeriodKind));
        // Every response of the month is in it, though none was folded into the count tables when the host started.
        Assert.Contains("Trong kỳ có 12 lượt đánh giá nhanh", report.HtmlPreview);
        Assert.Contains($"{LastMonth.Number:D2}/{LastMonth.Year}", report.Title);
        await host.StopAsync();
    }

    [Fact]
    public async Task OrderedReport_OnTheServer_IsArchivedForItsPeriodAndScopeAndTheOrderCompleted()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var host = JobsTestHost.Build(connectionString);
        var orderId = Guid.NewGuid();
        var quarter = ReportPeriod.Quarter(2026, 3);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReportOrders>()
                .PlaceAsync(orderId, quarter, ReportScope.Center("TT_TINH"), sendEmail: false, "quanly@quangtri.gov.vn"));
        }

        await host.StartAsync();

        var report = await WaitForAsync(connectionString, "2026-Q3", "center:TT_TINH");
        Assert.Equal(("quanly@quangtri.gov.vn", new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14)), (report.GeneratedBy, report.PeriodFrom, report.PeriodTo));
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var deadline = DateTimeOffset.UtcNow + Patience;
        while ((await db.ReportOrders.AsNoTracking().SingleAsync(o => o.Id == orderId)).CompletedAt is null)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The order was archived but never marked completed");
            await Task.Delay(200);
        }
        await host.StopAsync();
    }

    private static async Task AddResponsesAsync(string connectionString, int count, DateTimeOffset at)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var touchpoint = await db.Touchpoints.OrderBy(t => t.Id).FirstAsync(t => t.CounterId != null && t.RevokedAt == null);
        var departmentId = await db.Counters.Where(c => c.Id == touchpoint.CounterId).Select(c => c.DepartmentId).SingleAsync();
        for (var i = 0; i < count; i++)
        {
            db.SurveyResponses.Add(TestResponses.At(touchpoint.Id, touchpoint.CenterId, touchpoint.CounterId, departmentId, at.AddMinutes(i),
                i % 4 == 0 ? QuickRating.Dissatisfied : QuickRating.Satisfied));
        }
        await db.SaveChangesAsync();
    }

    private static async Task<string> DescribeJobsAsync(CchcDbContext db)
    {
        var jobs = await db.Database.SqlQuery<string>($"""
            SELECT j.id || ' ' || coalesce(j.statename, '-') || ' ' || (j.invocationdata::json->>'Method') || ' ' || coalesce(s.reason, '') AS "Value"
            FROM hangfire.job j LEFT JOIN hangfire.state s ON s.id = j.stateid ORDER BY j.id
            """).ToListAsync();
        return string.Join("; ", jobs);
    }

    private static async Task<ArchivedReport> WaitForAsync(string connectionString, string periodKey, string scopeKey)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            await using var db = TestDatabase.CreateDbContext(connectionString);
            var report = await db.ArchivedReports.AsNoTracking().SingleOrDefaultAsync(r => r.PeriodKey == periodKey && r.ScopeKey == scopeKey);
            if (report is not null)
            {
                return report;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"No report {periodKey} {scopeKey} after {Patience}; jobs: {await DescribeJobsAsync(db)}");
            }
            await Task.Delay(500);
        }
    }
}
