using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Reports.Archive;

public static class ReportArchiveServiceCollectionExtensions
{
    /// <summary>What every host needs: the orders that Web places (the settings come with <c>AddCchcReports</c>).</summary>
    public static IServiceCollection AddCchcReportArchive(this IServiceCollection services) => services.AddScoped<ReportOrders>();

    /// <summary>The report jobs, for the Jobs host that runs them (they fold pending responses with
    /// <c>SatisfactionRollupJob</c>, registered by <c>AddCchcSatisfactionJobs</c>).</summary>
    public static IServiceCollection AddCchcReportJobs(this IServiceCollection services) =>
        services
            .AddScoped<ReportArchive>()
            .AddScoped<GenerateReportJob>()
            .AddScoped<MonthlyReportJob>();
}
