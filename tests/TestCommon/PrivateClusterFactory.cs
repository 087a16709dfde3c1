namespace CchcFeedback.TestCommon;

/// <summary>A Web or Api host whose database is on a PostgreSQL server of its own, so that a test may stop and
/// start that server under the running host without disturbing the tests that share <see cref="PostgresCluster.Instance"/>.</summary>
public class PrivateClusterFactory<TProgram> : CchcWebApplicationFactory<TProgram> where TProgram : class
{
    protected override PostgresCluster StartCluster() => PostgresCluster.StartPrivate();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Cluster.Dispose();
    }
}
