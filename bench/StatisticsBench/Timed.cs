using System.Diagnostics;

namespace CchcFeedback.Bench.Statistics;

public sealed record Timed<T>(T Result, double Seconds);

public static class Timed
{
    public static async Task<Timed<T>> RunAsync<T>(Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        return new Timed<T>(result, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
