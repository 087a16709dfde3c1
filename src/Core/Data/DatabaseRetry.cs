using Microsoft.Extensions.Logging;
using Npgsql;

namespace CchcFeedback.Core.Data;

/// <summary>Runs an idempotent database operation once more, on a fresh connection after a short pause, when the
/// first try met a restarting server (ADR 0009). Only for operations that may safely run twice: a read, an insert
/// keyed by the client's id. Everything else fails at once and the host answers 503.</summary>
public sealed class DatabaseRetry(NpgsqlDataSource dataSource, ILogger<DatabaseRetry> logger)
{
    /// <summary>Long enough for a restart's "cannot connect now" to pass, short enough to keep a request fast.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    public async Task<T> OnceMoreAsync<T>(string operation, Func<Task<T>> run, CancellationToken cancellationToken = default)
    {
        try
        {
            return await run();
        }
        catch (Exception exception) when (DatabaseUnavailable.IsRestarting(exception))
        {
            logger.LogWarning("{Operation}: the database was unavailable ({Reason}); trying once more", operation, DatabaseUnavailable.Describe(exception));
            Forget();
            // A real pause, not the injected clock's: it waits for a server, not for business time to pass.
            await Task.Delay(Pause, cancellationToken);
        }
        return await run();
    }

    public async Task OnceMoreAsync(string operation, Func<Task> run, CancellationToken cancellationToken = default) =>
        await OnceMoreAsync(operation, async () =>
        {
            await run();
            return true;
        }, cancellationToken);

    /// <summary>Drops the pooled connections: after a restart every idle one is dead, and each would fail one
    /// request before the pool noticed.</summary>
    public void Forget() => dataSource.Clear();
}
