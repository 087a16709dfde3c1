using CchcFeedback.Core.Data;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.BackgroundJobs;

public static class HangfireServiceCollectionExtensions
{
    /// <summary>Hangfire on the application's PostgreSQL, in its own schema. Every host calls this: Api and
    /// Web to enqueue, Jobs to serve. The schema is created by <see cref="DatabaseMigrator"/>, not here.</summary>
    public static IServiceCollection AddCchcHangfire(this IServiceCollection services)
    {
        // Registered before AddHangfire, whose own JobStorage and JobActivator are the process-wide JobStorage.Current
        // and JobActivator.Current: two hosts in one process (the test runs) would otherwise enqueue into, serve and
        // run jobs with each other's database.
        services.AddSingleton<JobStorage>(provider =>
        {
            // As Hangfire's own registration does: the serializer settings below apply once this is resolved.
            provider.GetRequiredService<IGlobalConfiguration>();
            return CreateStorage(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        });
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        return services;
    }

    private static PostgreSqlStorage CreateStorage(DatabaseOptions database)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = database.HangfireSchema,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }
}
