using System.Globalization;

namespace CchcFeedback.Core.Assistant.Evaluation;

public enum EvaluationVerdict { Right, Wrong, Declined }

/// <summary>One labelled question and what the assistant did with it.</summary>
public sealed record EvaluatedLine(int Number, string Question, string Expect, string Got, EvaluationVerdict Verdict, string Candidates = "");

public sealed record AssistantEvaluationResult(IReadOnlyList<EvaluatedLine> Lines)
{
    public int Right => Lines.Count(l => l.Verdict == EvaluationVerdict.Right);
    public int Wrong => Lines.Count(l => l.Verdict == EvaluationVerdict.Wrong);
    public int Declined => Lines.Count(l => l.Verdict == EvaluationVerdict.Declined);

    /// <summary>The last line of <c>./cchc assistant-eval</c>.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"assistant: {Right} right, {Wrong} wrong, {Declined} declined of {Lines.Count}");
}

/// <summary>Runs labelled questions through <see cref="AssistantEngine"/> (nothing stored), each as the first turn of
/// its own conversation. Right: the expected procedure answered, the expected intent recognised, or declined when
/// a decline was expected. Wrong: another procedure or intent given as the answer. Declined: it asked to choose or
/// declined where something else was expected.</summary>
public class AssistantEvaluation(AssistantEngine engine)
{
    public async Task<AssistantEvaluationResult> EvaluateAsync(IEnumerable<AssistantEvalFile.Line> lines, CancellationToken cancellationToken)
    {
        var results = new List<EvaluatedLine>();
        foreach (var line in lines)
        {
            var question = new AssistantQuestion(Guid.NewGuid(), line.Question, AssistantChannel.Api);
            var decision = await engine.DecideAsync(question, PersonalDataMask.Mask(line.Question), null, cancellationToken);
            var got = Got(decision);
            var candidates = string.Join(' ', decision.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code}={c.Score:0.00}")));
            results.Add(new EvaluatedLine(line.Number, line.Question, line.Expect, got, Verdict(line.Expect, decision, got), candidates));
        }
        return new AssistantEvaluationResult(results);
    }

    public static string Got(AssistantDecision decision) => decision switch
    {
        { Outcome: AssistantOutcome.Declined } => "decline",
        { Outcome: AssistantOutcome.Clarifying } => "ask",
        { Intent: AssistantIntent.Procedure } => $"procedure:{decision.ProcedureCode}",
        _ => "intent:" + decision.Intent.ToString().ToLowerInvariant(),
    };

    private static EvaluationVerdict Verdict(string expect, AssistantDecision decision, string got)
    {
        if (got == expect)
        {
            return EvaluationVerdict.Right;
        }
        return decision.Outcome == AssistantOutcome.Answered ? EvaluationVerdict.Wrong : EvaluationVerdict.Declined;
    }
}
