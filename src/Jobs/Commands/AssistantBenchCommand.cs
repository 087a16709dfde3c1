using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Assistant.Evaluation;

namespace CchcFeedback.Jobs.Commands;

/// <summary><c>./cchc bench assistant</c>: times whole replies (understanding, reply and the stored exchange) over the
/// project's own example questions, after a warm-up, and prints p50 and p95. A benchmark, not a test.</summary>
public static class AssistantBenchCommand
{
    public static Command Build()
    {
        var rounds = new Option<int>("--rounds") { Description = "How many times every example question is asked", DefaultValueFactory = _ => 3 };
        var command = new Command("assistant-bench", "Time the assistant's replies (p50, p95)") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(rounds);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var questions = AssistantEvalFile.BuiltIn().Select(l => l.Question).ToList();
            async Task<double> AskAsync(string text)
            {
                await using var scope = services.CreateAsyncScope();
                var assistant = scope.ServiceProvider.GetRequiredService<IProcedureAssistant>();
                var watch = Stopwatch.StartNew();
                await assistant.ReplyAsync(new AssistantQuestion(Guid.NewGuid(), text, AssistantChannel.Api), ct);
                return watch.Elapsed.TotalMilliseconds;
            }
            foreach (var question in questions.Take(20))
            {
                await AskAsync(question);
            }
            var times = new List<double>();
            for (var round = 0; round < Math.Max(1, result.GetValue(rounds)); round++)
            {
                foreach (var question in questions)
                {
                    times.Add(await AskAsync(question));
                }
            }
            times.Sort();
            double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
            result.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"assistant: {times.Count} replies, p50 {Percentile(0.50):0.0} ms, p95 {Percentile(0.95):0.0} ms, max {times[^1]:0.0} ms"));
            return 0;
        }, cancellationToken));
        return command;
    }
}
