using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Web.Tests;

/// <summary>The Web host with every log line kept, for tests that read the logs.</summary>
public sealed class LoggedWebFactory : WebFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
