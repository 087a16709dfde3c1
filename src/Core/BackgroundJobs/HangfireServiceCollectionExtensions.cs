using CchcFeedback.Core.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.BackgroundJobs;

public static class HangfireServiceCollectionExtensions
{
    /// <summary>Hangfire on the application's PostgreSQL, in its own schema. Every host calls this: Api and
    /// Web to enqueue, Jobs to serve. The schema is created by <see cref="DatabaseMigrator"/>, not here.</summary>
    public static IServiceCollection AddCchcHangfire(this IServiceCollection services)
    {
        services.AddHangfire((provider, configuration) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UsePostgreSqlStorage(
                    storage => storage.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = database.HangfireSchema,
                        PrepareSchemaIfNecessary = false,
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                    });
        });
        return services;
    }
}
