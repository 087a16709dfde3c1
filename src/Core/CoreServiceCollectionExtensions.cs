using CchcFeedback.Core.BackgroundJobs;
using CchcFeedback.Core.Catalog.Import;
using CchcFeedback.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CchcFeedback.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything the three hosts share: data, Hangfire client and storage, the clock, feature services.</summary>
    public static IServiceCollection AddCchcCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCchcData(configuration);
        services.AddCchcHangfire();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<CatalogImporter>();
        return services;
    }
}
