using System.Text;
using Xunit;

namespace CchcFeedback.TestCommon.Fuzzing;

/// <summary>Collects what a fuzz run found, each with the request that caused it, so that one run reports
/// every failure and each can be replayed by hand.</summary>
public sealed class FuzzFailures(int seed)
{
    private const int Shown = 25;
    private readonly List<string> _failures = [];

    public int Requests { get; private set; }

    public void Count() => Requests++;

    public void Add(string request, HttpResponseMessage response, string body, string problem) =>
        _failures.Add($"{problem}: {request}\n  → {(int)response.StatusCode} {response.Content.Headers.ContentType} {Preview(body)}");

    public static string Preview(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";

    /// <param name="logs">The host's log lines, whose errors say what went wrong inside.</param>
    public void AssertNone(IEnumerable<string> logs)
    {
        var report = new StringBuilder($"{_failures.Count} of {Requests} hostile requests failed (seed {seed}):\n");
        foreach (var failure in _failures.Take(Shown))
        {
            report.AppendLine(failure);
        }
        foreach (var error in logs.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))
            .Select(l => l.Split('\n')[0]).Distinct().Take(Shown))
        {
            report.AppendLine("log: " + error);
        }
        Assert.True(_failures.Count == 0, report.ToString());
    }
}
