using CchcFeedback.TestCommon.Channels;
using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>The Api on a real socket with both channels pointed at the address where <c>channel-sim</c> starts its
/// fake, and a Hangfire server processing what the webhooks enqueue, as <c>./cchc up</c> runs Api and Jobs.</summary>
public class ChannelSimApiFactory : KestrelWebApplicationFactory<Program>
{
    private InProcessJobsServer? _jobs;

    /// <summary>False for an Api whose Jobs host is not running: events are stored, nothing answers them.</summary>
    protected virtual bool ProcessesJobs => true;

    public string FakeBaseUrl { get; } = FakeChannelPlatforms.UnusedBaseUrl();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _jobs = ProcessesJobs ? new InProcessJobsServer(Services) : null;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in FakeChannelPlatforms.Settings(FakeBaseUrl))
        {
            builder.UseSetting(key, value);
        }
    }

    public override async Task DisposeAsync()
    {
        _jobs?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>The Api with the channels on but no Jobs host running.</summary>
public sealed class ChannelSimApiWithoutJobsFactory : ChannelSimApiFactory
{
    protected override bool ProcessesJobs => false;
}
