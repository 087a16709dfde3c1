namespace CchcFeedback.Core.Assistant;

/// <summary>A stored exchange as a Manager reviews it; <see cref="Question"/> is already masked.</summary>
public sealed record AssistantExchangeRow(
    Guid Id,
    DateTimeOffset AskedAt,
    AssistantChannel Channel,
    string Question,
    AssistantIntent Intent,
    AssistantOutcome Outcome,
    string? ProcedureCode,
    double Confidence,
    bool? Useful,
    string? CorrectedProcedureCode);

/// <summary>The questions the assistant could not answer or answered wrongly, for <c>/Manage/Assistant</c>; attaching
/// the right procedure makes the question a training example for the nightly retraining.</summary>
public interface IAssistantReview
{
    /// <summary>Declined or "Chưa đúng" exchanges not yet corrected, newest first.</summary>
    Task<IReadOnlyList<AssistantExchangeRow>> ListToReviewAsync(int take, CancellationToken cancellationToken);

    /// <summary>False when the exchange or the procedure code does not exist.</summary>
    Task<bool> AttachProcedureAsync(Guid exchangeId, string procedureCode, CancellationToken cancellationToken);
}
