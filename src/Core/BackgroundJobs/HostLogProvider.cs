using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.BackgroundJobs;

/// <summary>Hangfire's log provider is process-wide, set by the host configured last. When several hosts share a
/// process (the test runs) and that host has stopped, its disposed logger factory must not fail another host's
/// jobs: their Hangfire messages are then dropped.</summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(_host.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Guarded(null);
        }
    }

    private sealed class Guarded(ILog? log) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return log?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
