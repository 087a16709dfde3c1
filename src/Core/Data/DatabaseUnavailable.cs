using System.Net.Sockets;
using Npgsql;

namespace CchcFeedback.Core.Data;

/// <summary>Recognises "the database cannot be reached right now" (PostgreSQL restarting, down, refusing
/// connections, a connection cut under us) however EF Core or Npgsql wrapped it, so the hosts answer 503 with
/// <c>Retry-After</c> instead of 500, and the few idempotent hot paths try once more.</summary>
public static class DatabaseUnavailable
{
    /// <summary>What a client is told to wait (<c>Retry-After</c>): a restart takes well under a second, a
    /// failover a few seconds.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down),
    // 53300 too_many_connections; class 08 is "connection exception".
    private static readonly HashSet<string> UnavailableStates =
        [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow, PostgresErrorCodes.TooManyConnections];

    public static bool IsDatabaseUnavailable(Exception exception) => Cause(exception) is not null;

    /// <summary>Unavailable because the server was going down or coming up, or a connection was cut: a fresh
    /// connection a moment later may work. Not a timeout or a full server, where one more try adds load.</summary>
    public static bool IsRestarting(Exception exception) => Cause(exception) switch
    {
        PostgresException postgres => postgres.SqlState != PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => !Chain(npgsql).Any(e => e is TimeoutException),
        _ => false,
    };

    /// <summary>One line for the log, without a stack trace: the SQLSTATE, or the socket error, or the type.</summary>
    public static string Describe(Exception exception) => Cause(exception) switch
    {
        PostgresException postgres => $"PostgreSQL {postgres.SqlState}: {postgres.MessageText}",
        NpgsqlException npgsql when Chain(npgsql).OfType<SocketException>().FirstOrDefault() is { } socket => $"{npgsql.Message} ({socket.SocketErrorCode})",
        NpgsqlException npgsql => $"{npgsql.Message} ({npgsql.InnerException?.GetType().Name ?? "no inner exception"})",
        _ => exception.GetType().Name,
    };

    /// <summary>The Npgsql exception, anywhere in the chain (EF Core's DbUpdateException, its "transient failure"
    /// InvalidOperationException and RetryLimitExceededException all wrap one), that says the server is unreachable.</summary>
    private static NpgsqlException? Cause(Exception exception) =>
        Chain(exception).OfType<NpgsqlException>().FirstOrDefault(e => e switch
        {
            PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(postgres.SqlState),
            // Npgsql's own errors are transient when caused by the network: refused, reset, end of stream, timed out.
            _ => e.IsTransient,
        });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        // A bound, not a cycle guard: exception chains are trees, but nothing checks that.
        for (var seen = 0; pending.Count > 0 && seen < 64; seen++)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
