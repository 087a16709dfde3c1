using System.Collections.Concurrent;
using CchcFeedback.Core.Data;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Jobs.Tests;

/// <summary>A trivial job whose run a test can await; it tells which database its host's services point at.</summary>
public class ProbeJob(IOptions<DatabaseOptions> database)
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    /// <summary>The connection string of the host that ran the job with this marker.</summary>
    public static Task<string> RunOf(string marker) => Completion(marker).Task;

    public void Run(string marker) => Completion(marker).TrySetResult(database.Value.ConnectionString);

    private static TaskCompletionSource<string> Completion(string marker) =>
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
