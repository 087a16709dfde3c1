using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Reports;

/// <summary>Reports archived in a test host's database by the real builder, as the Jobs host archives them, and
/// the report jobs a page left in Hangfire's queue.</summary>
public static class ArchivedReports
{
    public static async Task GenerateAsync<TProgram>(WebApplicationFactory<TProgram> factory, ReportPeriod period, ReportScope scope,
        string by = ArchivedReport.Schedule) where TProgram : class
    {
        await using var services = factory.Services.CreateAsyncScope();
        var archive = ActivatorUtilities.CreateInstance<ReportArchive>(services.ServiceProvider);
        await archive.GenerateAsync(period, scope, by, mailing: null);
    }

    /// <summary>Quick ratings at the first counters of the catalog on the month's working hours, folded into the
    /// count tables as the rollup job does, so that a report has figures, tables and charts to show.</summary>
    public static async Task AddRatingsAsync<TProgram>(WebApplicationFactory<TProgram> factory, string connectionString, ReportPeriod month, int count)
        where TProgram : class
    {
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            var touchpoints = await db.Touchpoints.Where(t => t.CounterId != null && t.RevokedAt == null).OrderBy(t => t.Id).Take(3)
                .Select(t => new { t.Id, t.CenterId, t.CounterId, t.Counter!.DepartmentId }).ToListAsync();
            var first = VietnamTime.StartOf(month.From).AddHours(9);
            for (var i = 0; i < count; i++)
            {
                var touchpoint = touchpoints[i % touchpoints.Count];
                var rating = (i % 7) switch { 0 => QuickRating.Dissatisfied, 1 or 2 => QuickRating.VerySatisfied, _ => QuickRating.Satisfied };
                db.SurveyResponses.Add(TestResponses.At(touchpoint.Id, touchpoint.CenterId, touchpoint.CounterId, touchpoint.DepartmentId,
                    first.AddDays(i % 20).AddMinutes(i), rating));
            }
            await db.SaveChangesAsync();
        }
        await using var services = factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<SatisfactionRollupJob>(services.ServiceProvider).RollupAsync(SatisfactionRollupJob.BatchSize);
    }

    /// <summary>The orders whose generation is waiting in the queue (no server runs them in Web's tests).</summary>
    public static IReadOnlyList<Guid> EnqueuedOrders<TProgram>(WebApplicationFactory<TProgram> factory) where TProgram : class =>
        factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi()
            .EnqueuedJobs("default", 0, 1000)
            .Select(j => j.Value.Job)
            .Where(j => j.Type == typeof(GenerateReportJob) && j.Method.Name == nameof(GenerateReportJob.RunOrderAsync))
            .Select(j => (Guid)j.Args[0])
            .ToList();
}
