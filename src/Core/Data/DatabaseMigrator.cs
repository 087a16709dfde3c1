using CchcFeedback.Core.Surveys;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CchcFeedback.Core.Data;

/// <summary>The explicit migration step (STYLE.md): the application's EF migrations and Hangfire's schema.
/// Hosts never migrate on start, so several instances can start at once without racing.</summary>
public class DatabaseMigrator(CchcDbContext db, IOptions<DatabaseOptions> options, TimeProvider clock, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await SurveyForms.PublishAsync(db, clock, cancellationToken);

        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, options.Value.HangfireSchema);
        logger.LogInformation("Hangfire schema '{Schema}' is up to date", options.Value.HangfireSchema);
    }
}
