using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CchcFeedback.TestCommon;

/// <summary>A Web or Api host over real HTTP plumbing and its own fresh PostgreSQL database.</summary>
public class CchcWebApplicationFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime where TProgram : class
{
    protected virtual TestDatabaseContent Content => TestDatabaseContent.SampleCatalog;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The server the host's database is on: the shared one unless <see cref="StartCluster"/> says otherwise.</summary>
    public PostgresCluster Cluster { get; private set; } = null!;

    protected virtual PostgresCluster StartCluster() => PostgresCluster.Instance;

    public virtual async Task InitializeAsync()
    {
        Cluster = StartCluster();
        ConnectionString = await TestDatabase.CreateAsync(Cluster, Content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in TestSettings.For(ConnectionString))
        {
            builder.UseSetting(key, value);
        }
    }

    public new virtual Task DisposeAsync() => base.DisposeAsync().AsTask();
}
