using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
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

    /// <summary>The orders whose generation is waiting in the queue (no server runs them in Web's tests).</summary>
    public static IReadOnlyList<Guid> EnqueuedOrders<TProgram>(WebApplicationFactory<TProgram> factory) where TProgram : class =>
        factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi()
            .EnqueuedJobs("default", 0, 1000)
            .Select(j => j.Value.Job)
            .Where(j => j.Type == typeof(GenerateReportJob) && j.Method.Name == nameof(GenerateReportJob.RunOrderAsync))
            .Select(j => (Guid)j.Args[0])
            .ToList();
}
