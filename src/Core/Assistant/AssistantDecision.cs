namespace CchcFeedback.Core.Assistant;

/// <summary>The reply before it is stored: what the engine decided, and the masked question it decided on.</summary>
public sealed record AssistantDecision(
    AssistantIntent Intent,
    AssistantOutcome Outcome,
    string? ProcedureCode,
    double Confidence,
    string Text,
    IReadOnlyList<AssistantChoice> Choices,
    IReadOnlyList<AssistantLink> Links)
{
    /// <summary>The procedures scored, best first (for the evaluation's report; not shown to the person).</summary>
    public IReadOnlyList<Understanding.ProcedureCandidate> Candidates { get; init; } = [];

    public AssistantReply ToReply(Guid exchangeId) => new(exchangeId, Outcome, Intent, ProcedureCode, Confidence, Text, Choices, Links);
}
