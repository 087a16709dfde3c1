using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CchcFeedback.WebHosting.Health;

/// <summary>Healthy when Hangfire's storage answers a query, which also proves its schema exists.</summary>
public class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            storage.GetMonitoringApi().Servers();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unreachable", exception));
        }
    }
}
