using System.CommandLine;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Routes every petition of a labelled file through the router the routing job uses, prints the
/// confusion pairs and, as the last line, <c>routing: R right, W wrong, T triage of N</c>.</summary>
public static class RouteEvalCommand
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON Lines: center, counter, procedure, title, text and the expected department" };
        var details = new Option<bool>("--details") { Description = "Also list each petition routed wrongly or to triage" };
        var command = new Command("route-eval", "Route a labelled file of petitions and count right, wrong and triage") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(file);
        command.Options.Add(details);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (Read(result.GetRequiredValue(file).FullName, error) is not { } lines)
            {
                return 1;
            }
            var router = await services.GetRequiredService<PetitionRouterFactory>().CreateAsync(cancellationToken: ct);
            var evaluation = RoutingEvaluation.Evaluate(router, lines);
            Print(evaluation, result.GetValue(details), output);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static IReadOnlyList<RoutingExampleFile.Line>? Read(string path, TextWriter error)
    {
        IReadOnlyList<RoutingExampleFile.Line> lines;
        IReadOnlyList<string> errors;
        try
        {
            using var reader = File.OpenText(path);
            (lines, errors) = RoutingExampleFile.Read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Không đọc được tệp / Cannot read {path}: {exception.Message}");
            return null;
        }
        errors = [.. errors, .. lines.Where(l => l.Example.Department is null).Select(l => $"line {l.Number}: no department")];
        foreach (var message in errors)
        {
            error.WriteLine($"{path}: {message}");
        }
        return errors.Count == 0 ? lines : null;
    }

    internal static void Print(RoutingEvaluationResult evaluation, bool details, TextWriter output)
    {
        if (details)
        {
            foreach (var (line, expected, decision, title) in evaluation.Misses)
            {
                var runnerUp = decision.RunnerUp is { } r ? $", runner-up {r.DepartmentCode} ({r.Score:0.00})" : "";
                output.WriteLine($"  line {line}: expected {expected}, got {decision.DepartmentCode} by {decision.Rule} ({decision.Confidence:0.00}){runnerUp}: {title}");
            }
        }
        output.WriteLine(evaluation.Confusion.Count == 0 ? "confusion: none" : "confusion (expected → got, count):");
        foreach (var pair in evaluation.Confusion)
        {
            output.WriteLine($"  {pair.Expected} → {pair.Got}  {pair.Count}");
        }
        output.WriteLine(evaluation.Summary);
    }
}
