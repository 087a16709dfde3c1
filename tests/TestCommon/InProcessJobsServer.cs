using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.TestCommon;

/// <summary>A real Hangfire server on a test host's database, resolving jobs from that host's services as the Jobs
/// process does: what the host enqueues (routing, outbox delivery, channel events) runs as it would in production.</summary>
public sealed class InProcessJobsServer : IDisposable
{
    private readonly BackgroundJobServer _server;

    public InProcessJobsServer(IServiceProvider services) =>
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = $"tests-{Guid.NewGuid():N}",
            WorkerCount = 2,
            Activator = services.GetRequiredService<JobActivator>(),
        }, services.GetRequiredService<JobStorage>());

    public void Dispose()
    {
        _server.SendStop();
        _server.Dispose();
    }
}
