using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.TestCommon;

/// <summary>A Web or Api host whose database is on a PostgreSQL server of its own, so that a test may stop and
/// start that server under the running host without disturbing the tests that share <see cref="PostgresCluster.Instance"/>.
/// It keeps its log lines, to show how an outage was reported.</summary>
public class PrivateClusterFactory<TProgram> : CchcWebApplicationFactory<TProgram> where TProgram : class
{
    private readonly CapturedLogs _logs = new();

    public ConcurrentQueue<string> Lines => _logs.Lines;

    /// <summary>The host's connection string without pooling, for the test's own reads: pooled connections of the
    /// test process would die with every stop too.</summary>
    public string UnpooledConnectionString => ConnectionString + ";Pooling=false";

    protected override PostgresCluster StartCluster() => PostgresCluster.StartPrivate();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(_logs));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Cluster.Dispose();
    }
}
