using System.Globalization;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CchcFeedback.WebHosting.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database is reachable,
/// fully migrated, and Hangfire's storage answers), shared by the Web and Api hosts.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddCchcHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddNpgSql(provider => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
                name: "database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<HangfireStorageHealthCheck>("hangfire", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCchcHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableRateLimiting();
        return endpoints;
    }

    private static class HealthReportWriter
    {
        // Names and statuses only: exception messages could carry connection details. Not ready says when to ask
        // again, as every other answer does while the database is away.
        public static Task WriteAsync(HttpContext context, HealthReport report)
        {
            if (report.Status == HealthStatus.Unhealthy)
            {
                context.Response.Headers.RetryAfter = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }
            return context.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            });
        }
    }
}
