using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Reports.Archive;

public static class ReportArchiveServiceCollectionExtensions
{
    /// <summary>What every host needs: the Office's report settings and the orders that Web places.</summary>
    public static IServiceCollection AddCchcReportArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReportOrders>();
        return services;
    }

    /// <summary>The report jobs, for the Jobs host that runs them (they fold pending responses with
    /// <c>SatisfactionRollupJob</c>, registered by <c>AddCchcSatisfactionJobs</c>).</summary>
    public static IServiceCollection AddCchcReportJobs(this IServiceCollection services) =>
        services
            .AddScoped<ReportArchive>()
            .AddScoped<GenerateReportJob>()
            .AddScoped<MonthlyReportJob>();
}
