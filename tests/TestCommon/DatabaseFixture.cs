using CchcFeedback.Core.Data;
using Xunit;

namespace CchcFeedback.TestCommon;

/// <summary>A class fixture: one fresh database (with the sample catalog) for the tests of one class.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    protected virtual TestDatabaseContent Content => TestDatabaseContent.SampleCatalog;

    public string ConnectionString { get; private set; } = "";

    public CchcDbContext CreateDbContext() => TestDatabase.CreateDbContext(ConnectionString);

    public async Task InitializeAsync() => ConnectionString = await TestDatabase.CreateAsync(Content);

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>A migrated database with no catalog rows.</summary>
public class MigratedDatabaseFixture : DatabaseFixture
{
    protected override TestDatabaseContent Content => TestDatabaseContent.Migrated;
}
