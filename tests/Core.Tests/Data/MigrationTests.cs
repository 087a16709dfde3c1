using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesEveryTableAndHangfireSchema()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Blank);

        await TestDatabase.MigrateAsync(connectionString);

        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Departments.CountAsync());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_IsHarmless()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);

        await TestDatabase.MigrateAsync(connectionString);

        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void Model_ComparedWithLastMigration_HasNoPendingChanges()
    {
        using var db = TestDatabase.CreateDbContext("Host=unused");

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/Core --output-dir Data/Migrations");
    }

    [Fact]
    public void Model_TableAndColumnNames_AreSnakeCase()
    {
        using var db = TestDatabase.CreateDbContext("Host=unused");

        foreach (var entity in db.Model.GetEntityTypes())
        {
            Assert.Matches("^[a-z_]+$", entity.GetTableName()!);
            foreach (var property in entity.GetProperties())
            {
                Assert.Matches("^[a-z0-9_]+$", property.GetColumnName());
            }
        }
    }
}
