using System.Collections.Concurrent;
using CchcFeedback.Core.Data;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Jobs.Tests;

/// <summary>A job that tells which database its host's services point at.</summary>
public class DatabaseProbeJob(IOptions<DatabaseOptions> database)
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    public static Task<string> RunOf(string marker) => Completion(marker).Task;

    public void Run(string marker) => Completion(marker).TrySetResult(database.Value.ConnectionString);

    private static TaskCompletionSource<string> Completion(string marker) =>
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
