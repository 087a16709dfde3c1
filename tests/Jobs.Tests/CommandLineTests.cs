using CchcFeedback.Jobs.Commands;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Jobs.Tests;

/// <summary>The verbs that <c>./cchc</c> calls, run exactly as it runs them.</summary>
public class CommandLineTests
{
    private static Task<int> RunAsync(params string[] args) => JobsCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task Migrate_BlankDatabase_AppliesEveryMigration()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Blank);

        var exitCode = await RunAsync("migrate", $"--ConnectionStrings:Cchc={connectionString}");

        Assert.Equal(0, exitCode);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task ImportCatalog_SampleFolder_ImportsAndExitsZero()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);

        var exitCode = await RunAsync("import-catalog", TestPaths.SampleCatalog, $"--ConnectionStrings:Cchc={connectionString}");

        Assert.Equal(0, exitCode);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal(44, await db.Procedures.CountAsync());
    }

    [Fact]
    public async Task ImportCatalog_MissingFolder_ExitsNonZeroAndChangesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);

        var exitCode = await RunAsync("import-catalog", "/no/such/folder", $"--ConnectionStrings:Cchc={connectionString}");

        Assert.NotEqual(0, exitCode);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal(0, await db.Departments.CountAsync());
    }

    [Fact]
    public async Task Migrate_NoDatabaseConfigured_FailsWithAClearMessage()
    {
        // A developer's own database must never be the one this test reaches.
        Environment.SetEnvironmentVariable("CCHC_DATABASE", null);
        Environment.SetEnvironmentVariable("ConnectionStrings__Cchc", null);
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exception = await Record.ExceptionAsync(() => RunAsync("migrate"));
            var message = exception?.ToString() ?? error.ToString();
            Assert.Contains("No database configured", message);
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
