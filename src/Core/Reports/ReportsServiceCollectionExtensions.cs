using CchcFeedback.Core;
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
        services.AddValidatedOptions<ReportOptions>(configuration, ReportOptions.Section);
        services.AddScoped<ReportContentReader>();
        services.AddScoped<IReportBuilder, SatisfactionReportBuilder>();
        services.AddScoped<ReportOrders>();
        services.AddScoped<ReportArchive>();
        services.AddScoped<GenerateReportJob>();
        services.AddScoped<MonthlyReportJob>();
        return services;
    }
}
