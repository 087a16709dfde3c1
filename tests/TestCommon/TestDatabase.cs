using CchcFeedback.Core.Catalog.Import;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CchcFeedback.TestCommon;

/// <summary>What a new test database starts with.</summary>
public enum TestDatabaseContent
{
    /// <summary>No tables at all: for tests of the migrations themselves.</summary>
    Blank,

    /// <summary>Migrated (application and Hangfire schemas), no rows.</summary>
    Migrated,

    /// <summary>Migrated, with the sample catalog of Quảng Trị imported.</summary>
    SampleCatalog,
}

/// <summary>A fresh database per test class, cloned from a template that is migrated once per test process,
/// so that tests are isolated and each costs a file copy rather than a migration.</summary>
public static class TestDatabase
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    // Templates per server: the shared one, and any a test started for itself.
    private static readonly HashSet<(int Port, TestDatabaseContent Content)> ReadyTemplates = [];
    private static int _counter;

    static TestDatabase()
    {
        // Hangfire keeps a static logger in its schema installer, bound to the log provider in force when the
        // type is first touched. Touch it now, before any test host installs a provider that it later disposes.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Hangfire.PostgreSql.PostgreSqlObjectsInstaller).TypeHandle);
    }

    public static Task<string> CreateAsync(TestDatabaseContent content = TestDatabaseContent.SampleCatalog) =>
        CreateAsync(PostgresCluster.Instance, content);

    public static async Task<string> CreateAsync(PostgresCluster cluster, TestDatabaseContent content = TestDatabaseContent.SampleCatalog)
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        if (content == TestDatabaseContent.Blank)
        {
            await ExecuteAsync(cluster, $"CREATE DATABASE {name}");
        }
        else
        {
            var template = await EnsureTemplateAsync(cluster, content);
            await ExecuteAsync(cluster, $"CREATE DATABASE {name} TEMPLATE {template}");
        }
        return cluster.ConnectionString(name);
    }

    public static CchcDbContext CreateDbContext(string connectionString) =>
        new((DbContextOptions<CchcDbContext>)DataServiceCollectionExtensions
            .ConfigureDbContext(new DbContextOptionsBuilder<CchcDbContext>(), connectionString).Options);

    public static async Task MigrateAsync(string connectionString)
    {
        await using var db = CreateDbContext(connectionString);
        var options = Options.Create(new DatabaseOptions { ConnectionString = connectionString });
        await new DatabaseMigrator(db, options, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
    }

    private static async Task<string> EnsureTemplateAsync(PostgresCluster cluster, TestDatabaseContent content)
    {
        var template = $"template_{content.ToString().ToLowerInvariant()}";
        await TemplateLock.WaitAsync();
        try
        {
            if (ReadyTemplates.Contains((cluster.Port, content)))
            {
                return template;
            }
            await ExecuteAsync(cluster, $"DROP DATABASE IF EXISTS {template}");
            await ExecuteAsync(cluster, $"CREATE DATABASE {template}");
            var connectionString = cluster.ConnectionString(template);
            await MigrateAsync(connectionString);
            if (content == TestDatabaseContent.SampleCatalog)
            {
                await ImportSampleCatalogAsync(connectionString);
            }
            // A template cannot be copied while anything is connected to it.
            NpgsqlConnection.ClearAllPools();
            ReadyTemplates.Add((cluster.Port, content));
            return template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    public static CatalogImporter Importer(CchcDbContext db) =>
        new(db, new Core.Touchpoints.TouchpointService(db, TimeProvider.System, new Core.Auditing.AuditLog(db, TimeProvider.System)),
            NullLogger<CatalogImporter>.Instance);

    public static async Task ImportSampleCatalogAsync(string connectionString)
    {
        await using var db = CreateDbContext(connectionString);
        var result = await TestDatabase.Importer(db).ImportAsync(TestPaths.SampleCatalog);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample catalog did not import: " + string.Join("; ", result.Errors));
        }
    }

    private static async Task ExecuteAsync(PostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
