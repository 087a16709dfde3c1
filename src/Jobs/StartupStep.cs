using CchcFeedback.Core.Data;

namespace CchcFeedback.Jobs;

/// <summary>Work the Jobs host does once as it starts. When the database is unavailable then (a server still
/// booting, a failover), the host starts anyway and the step is tried again every few seconds in the background
/// until it succeeds or the host stops, as Hangfire's server waits for its storage: a Jobs host started before its
/// database waits for it instead of exiting.</summary>
public abstract class StartupStep(ILogger logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan RetryEvery = DatabaseUnavailable.RetryAfter;

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    protected abstract string Name { get; }

    protected abstract void Run();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!TryRun())
        {
            _retrying = RetryAsync(_stopping.Token);
        }
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    private bool TryRun()
    {
        try
        {
            Run();
            return true;
        }
        catch (Exception exception) when (DatabaseUnavailable.IsDatabaseUnavailable(exception))
        {
            logger.LogWarning("{Step}: the database is unavailable ({Reason}); trying again in {Seconds} s",
                Name, DatabaseUnavailable.Describe(exception), RetryEvery.TotalSeconds);
            return false;
        }
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        try
        {
            do
            {
                await Task.Delay(RetryEvery, stopping);
            }
            while (!TryRun());
            logger.LogInformation("{Step}: done, the database answered", Name);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
