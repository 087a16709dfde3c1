using System.CommandLine;
using CchcFeedback.Core.Assistant.Evaluation;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Asks the assistant every question of a labelled file (nothing is stored), prints per line what was
/// answered and, as the last line, <c>assistant: R right, W wrong, D declined of N</c>. The questions themselves are
/// printed only with <c>--questions</c>: a development set is measured, not read.</summary>
public static class AssistantEvalCommand
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON Lines: question and expect (procedure:CODE, intent:track|petition|rate, decline)" };
        var questions = new Option<bool>("--questions") { Description = "Also print each question" };
        var command = new Command("assistant-eval", "Ask the assistant a labelled file of questions and count right, wrong and declined") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(file);
        command.Options.Add(questions);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var path = result.GetRequiredValue(file).FullName;
            var error = result.InvocationConfiguration.Error;
            IReadOnlyList<AssistantEvalFile.Line> lines;
            IReadOnlyList<string> errors;
            try
            {
                using var reader = File.OpenText(path);
                (lines, errors) = AssistantEvalFile.Read(reader);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Không đọc được tệp / Cannot read {path}: {exception.Message}");
                return 1;
            }
            foreach (var message in errors)
            {
                error.WriteLine($"{path}: {message}");
            }
            if (errors.Count > 0)
            {
                return 1;
            }
            var evaluation = await services.GetRequiredService<AssistantEvaluation>().EvaluateAsync(lines, ct);
            Print(evaluation, result.GetValue(questions), result.InvocationConfiguration.Output);
            return 0;
        }, cancellationToken));
        return command;
    }

    internal static void Print(AssistantEvaluationResult evaluation, bool questions, TextWriter output)
    {
        foreach (var line in evaluation.Lines)
        {
            var verdict = line.Verdict switch
            {
                EvaluationVerdict.Right => "right",
                EvaluationVerdict.Wrong => "WRONG",
                _ => "declined",
            };
            output.WriteLine($"  line {line.Number}: {verdict,-8} expected {line.Expect}, answered {line.Got}{(questions ? $" [{line.Candidates}]: {line.Question}" : "")}");
        }
        output.WriteLine(evaluation.Summary);
    }
}
