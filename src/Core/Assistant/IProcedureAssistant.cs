namespace CchcFeedback.Core.Assistant;

/// <summary>The procedure assistant that the chat page, the Api and the Zalo and Messenger channels all call.
/// Every reply is stored as an exchange without personal data.</summary>
public interface IProcedureAssistant
{
    Task<AssistantReply> ReplyAsync(AssistantQuestion question, CancellationToken cancellationToken);

    /// <summary>Records "Có ích" (<paramref name="useful"/> true) or "Chưa đúng"; false when no such exchange.</summary>
    Task<bool> RecordFeedbackAsync(Guid exchangeId, bool useful, CancellationToken cancellationToken);
}
