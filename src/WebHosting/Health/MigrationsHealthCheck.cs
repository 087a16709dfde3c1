using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CchcFeedback.WebHosting.Health;

/// <summary>Unhealthy while the database lacks a migration this build knows: such an instance must not take
/// traffic, because its queries would name columns that do not exist yet.</summary>
public class MigrationsHealthCheck(CchcDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied");
    }
}
