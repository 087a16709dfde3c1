using System.CommandLine;
using CchcFeedback.Core.Assistant.Evaluation;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Measures the assistant on the project's own examples (data/assistant/examples.jsonl). The assistant
/// trains no model (its glossary is written by hand, ADR 0011), so there are no folds to hold out: this is an
/// evaluation over the examples, the check to run after editing the glossary without touching the development
/// set. Prints as <c>assistant-eval</c> does.</summary>
public static class AssistantCrossValidateCommand
{
    public static Command Build()
    {
        var questions = new Option<bool>("--questions") { Description = "Also print each question" };
        var command = new Command("assistant-crossval", "Evaluate the assistant on the project's own examples") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(questions);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var evaluation = await services.GetRequiredService<AssistantEvaluation>().EvaluateAsync(AssistantEvalFile.BuiltIn(), ct);
            AssistantEvalCommand.Print(evaluation, result.GetValue(questions), result.InvocationConfiguration.Output);
            return 0;
        }, cancellationToken));
        return command;
    }
}
