using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace CchcFeedback.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The DbContext on the configured PostgreSQL, with snake_case names, and the validated
    /// <see cref="DatabaseOptions"/>.</summary>
    public static IServiceCollection AddCchcData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Configure(options =>
            {
                options.ConnectionString = ReadConnectionString(configuration) ?? "";
                options.HangfireSchema = configuration["Database:HangfireSchema"] ?? options.HangfireSchema;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One connection pool per process, shared by EF Core and the code that talks to Npgsql directly (the
        // survey responses' group commit).
        services.AddSingleton(provider =>
            NpgsqlDataSource.Create(WithAutoPrepare(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)));
        services.AddSingleton<DatabaseRetry>();
        services.AddDbContextPool<CchcDbContext>((provider, options) =>
            QuietFailures(options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), MigrationsHistory).UseSnakeCaseNamingConvention()));
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static string? ReadConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return string.IsNullOrWhiteSpace(configured) ? configuration[DatabaseOptions.EnvironmentVariable] : configured;
    }

    /// <summary>A DbContext outside the container (design time, tests), with its own connection string.</summary>
    public static DbContextOptionsBuilder ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        QuietFailures(options.UseNpgsql(WithAutoPrepare(connectionString), MigrationsHistory).UseSnakeCaseNamingConvention());

    /// <summary>EF Core logs every failed command, query and save as an error with its stack trace, then throws
    /// the exception anyway. The caller says it once, at the level it deserves: the host's unhandled-exception
    /// error, the outage warning of <see cref="DatabaseUnavailable"/>, Hangfire's failed-job line, or nothing
    /// for an expected conflict that is caught. EF's own lines drop to Debug.</summary>
    private static DbContextOptionsBuilder QuietFailures(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));

    private static void MigrationsHistory(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");

    /// <summary>Npgsql prepares the statements a connection runs most often (the survey insert above all), so
    /// PostgreSQL plans them once, unless the connection string already says otherwise.</summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 50;
        }
        return builder.ConnectionString;
    }
}
