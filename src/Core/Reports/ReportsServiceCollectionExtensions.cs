using CchcFeedback.Core.Reports.Archive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The report builder and the Office's settings (checked at start), the archive, the Managers' orders
    /// and the report jobs.</summary>
    public static IServiceCollection AddCchcReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReportContentReader>();
        services.AddScoped<IReportBuilder, SatisfactionReportBuilder>();
        services.AddScoped<ReportOrders>();
        services.AddScoped<ReportArchive>();
        services.AddScoped<GenerateReportJob>();
        services.AddScoped<MonthlyReportJob>();
        return services;
    }
}
