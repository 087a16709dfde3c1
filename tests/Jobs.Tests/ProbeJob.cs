using System.Collections.Concurrent;

namespace CchcFeedback.Jobs.Tests;

/// <summary>A trivial job whose run a test can await.</summary>
public class ProbeJob
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    public static Task<string> RunOf(string marker) =>
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Run(string marker) =>
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult(Environment.CurrentManagedThreadId.ToString());
}
