using System.Net;
using System.Net.Sockets;
using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CchcFeedback.Core.Tests.Data;

/// <summary>Real failures, caught as the code meets them: a refused connection, a server that never answers, a
/// session the server ends, and the mistakes that are not outages.</summary>
public class DatabaseUnavailableTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    /// <summary>A port nothing listens on: the listener that found it is gone.</summary>
    private static string RefusingServer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"Host=127.0.0.1;Port={((IPEndPoint)listener.LocalEndpoint).Port};Database=cchc;Username=postgres;Pooling=false";
    }

    private static async Task<Exception> CaughtAsync(Func<Task> action) => await Assert.ThrowsAnyAsync<Exception>(action);

    [Fact]
    public async Task IsDatabaseUnavailable_ConnectionRefused_IsAnOutageWorthOneMoreTry()
    {
        await using var connection = new NpgsqlConnection(RefusingServer());

        var exception = await CaughtAsync(() => connection.OpenAsync());

        Assert.True(DatabaseUnavailable.IsDatabaseUnavailable(exception));
        Assert.True(DatabaseUnavailable.IsRestarting(exception));
        Assert.Contains("ConnectionRefused", DatabaseUnavailable.Describe(exception));
    }

    [Fact]
    public async Task IsDatabaseUnavailable_EfQueryOnARefusingServer_SeesThroughEfsWrapping()
    {
        await using var db = TestDatabase.CreateDbContext(RefusingServer());

        var exception = await CaughtAsync(() => db.Departments.AnyAsync());

        Assert.IsNotType<NpgsqlException>(exception);
        Assert.True(DatabaseUnavailable.IsDatabaseUnavailable(exception));
    }

    [Fact]
    public async Task IsDatabaseUnavailable_WrappedByRetryLimitOrAggregate_IsStillAnOutage()
    {
        await using var connection = new NpgsqlConnection(RefusingServer());
        var refused = await CaughtAsync(() => connection.OpenAsync());

        Assert.True(DatabaseUnavailable.IsDatabaseUnavailable(new RetryLimitExceededException("retries exhausted", refused)));
        Assert.True(DatabaseUnavailable.IsDatabaseUnavailable(new AggregateException(new InvalidOperationException("other"), refused)));
    }

    [Fact]
    public async Task IsDatabaseUnavailable_ServerNeverAnswers_IsAnOutageButNotRetried()
    {
        // The kernel completes the handshake; no PostgreSQL ever speaks.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var connection = new NpgsqlConnection(
            $"Host=127.0.0.1;Port={((IPEndPoint)silent.LocalEndpoint).Port};Database=cchc;Username=postgres;Pooling=false;Timeout=1");

        var exception = await CaughtAsync(() => connection.OpenAsync());

        Assert.True(DatabaseUnavailable.IsDatabaseUnavailable(exception));
        Assert.False(DatabaseUnavailable.IsRestarting(exception));
    }

    [Fact]
    public async Task IsDatabaseUnavailable_SessionEndedByTheServer_IsAnOutage()
    {
        await using var victim = new NpgsqlConnection(database.ConnectionString + ";Pooling=false");
        await victim.OpenAsync();
        await using (var admin = new NpgsqlConnection(database.ConnectionString + ";Pooling=false"))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({victim.ProcessID})", admin);
            await terminate.ExecuteScalarAsync();
        }

        var exception = await CaughtAsync(() => new NpgsqlCommand("SELECT 1", victim).ExecuteScalarAsync());

        Assert.Equal(PostgresErrorCodes.AdminShutdown, Assert.IsType<PostgresException>(exception).SqlState);
        Assert.True(DatabaseUnavailable.IsDatabaseUnavailable(exception));
        Assert.True(DatabaseUnavailable.IsRestarting(exception));
    }

    [Fact]
    public async Task IsDatabaseUnavailable_ConstraintViolationOrSqlError_IsNotAnOutage()
    {
        await using var db = database.CreateDbContext();
        db.Departments.Add(new Department { Code = "TRUNG", NameVi = "Sở A", Kind = "so" });
        db.Departments.Add(new Department { Code = "TRUNG", NameVi = "Sở B", Kind = "so" });

        var duplicate = await CaughtAsync(() => db.SaveChangesAsync());
        var syntax = await CaughtAsync(() => db.Database.ExecuteSqlRawAsync("SELEC 1"));

        Assert.IsType<DbUpdateException>(duplicate);
        Assert.False(DatabaseUnavailable.IsDatabaseUnavailable(duplicate));
        Assert.False(DatabaseUnavailable.IsDatabaseUnavailable(syntax));
        Assert.False(DatabaseUnavailable.IsDatabaseUnavailable(new InvalidOperationException("not the database")));
    }
}
