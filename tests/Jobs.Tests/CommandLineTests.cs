using CchcFeedback.Jobs.Commands;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Jobs.Tests;

/// <summary>The verbs that <c>./cchc</c> calls, run exactly as it runs them.</summary>
[Collection(ConsoleCollection.Name)]
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
        // Every sample procedure has its public record, marked as sample text to replace before deployment.
        Assert.Equal(44, await db.ProcedureDetails.CountAsync(d => d.Sample));
    }

    [Fact]
    public async Task ImportCatalog_FolderWithDetails_PrintsTheDetailsFileCounts()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var folder = Directory.CreateTempSubdirectory("cchc-details-");
        File.Copy(TestPaths.ProcedureDetailsFixture, Path.Combine(folder.FullName, "procedure-details.json"));
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await RunAsync("import-catalog", folder.FullName, $"--ConnectionStrings:Cchc={connectionString}");
            var exitCode = await RunAsync("import-catalog", folder.FullName, $"--ConnectionStrings:Cchc={connectionString}");

            Assert.Equal(0, exitCode);
            Assert.Contains("procedure-details.json: 0 thêm mới/added, 0 thay đổi/changed, 2 giữ nguyên/unchanged", output.ToString());
        }
        finally
        {
            Console.SetOut(original);
            folder.Delete(recursive: true);
        }
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

/// <summary>The account and key verbs, run as <c>./cchc create-admin</c> and <c>create-api-client</c> run them.</summary>
[Collection(ConsoleCollection.Name)]
public class AccountCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            return (await JobsCommandLine.Build().Parse(args).InvokeAsync(), output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public async Task CreateApiClient_PrintsAWorkingKeyOnItsLastLine()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, output) = await RunAsync(["create-api-client", "Kiosk TT_TINH", "DepartmentStaff", "SO_TP", .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(0, exitCode);
        var key = output.TrimEnd().Split('\n').Last().Trim();
        await using var db = TestDatabase.CreateDbContext(connectionString);
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connectionString);
        using var cache = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
        var client = new Core.ApiClients.ApiClientService(db, TimeProvider.System, new Core.Auditing.AuditLog(db, TimeProvider.System), cache,
            new Core.Data.DatabaseRetry(dataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger<Core.Data.DatabaseRetry>.Instance));
        var found = await client.AuthenticateAsync(key);
        Assert.Equal("Kiosk TT_TINH", found!.Name);
        Assert.Equal("SO_TP", found.Department!.Code);
    }

    [Fact]
    public async Task CreateApiClient_UnknownRole_ExitsNonZeroAndCreatesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, _) = await RunAsync(["create-api-client", "Kiosk", "Superuser", .. TestSettings.AsArguments(connectionString)]);

        Assert.NotEqual(0, exitCode);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(db.ApiClients);
    }

    [Fact]
    public async Task CreateAdmin_NewAddress_CreatesAnAdminWhoMustChangeTheOneTimePassword()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, output) = await RunAsync(["create-admin", "giamdoc@quangtri.gov.vn", .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(0, exitCode);
        var password = output.TrimEnd().Split('\n').Last().Trim();
        Assert.True(password.Length >= 12);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var user = await db.Users.SingleAsync(u => u.Email == "giamdoc@quangtri.gov.vn");
        Assert.True(user.MustChangePassword);
        var adminRole = await db.Roles.SingleAsync(r => r.Name == "Admin");
        Assert.Contains(db.UserRoles, r => r.UserId == user.Id && r.RoleId == adminRole.Id);
    }

    [Fact]
    public async Task SeedDemoUsers_RunTwice_CreatesEachRoleOnce()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        await RunAsync(["seed-demo-users", "--environment=Development", .. TestSettings.AsArguments(connectionString)]);
        var (exitCode, output) = await RunAsync(["seed-demo-users", "--environment=Development", .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(0, exitCode);
        Assert.Contains("admin@demo.cchc.vn", output);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal(SeedDemoUsersCommand.Users.Count, await db.Users.CountAsync());
    }

    [Fact]
    public async Task SeedDemoUsers_InProduction_RefusesAndCreatesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, _) = await RunAsync(["seed-demo-users", "--environment=Production", .. TestSettings.AsArguments(connectionString)]);

        Assert.NotEqual(0, exitCode);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(db.Users);
    }
}
