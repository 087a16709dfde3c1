namespace CchcFeedback.Core.Assistant;

/// <summary>One question and the reply shown (table <c>assistant_exchanges</c>). The question is stored masked
/// (phone numbers and e-mail addresses replaced) and folded; nothing else about the person is kept.</summary>
public class AssistantExchange
{
    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public AssistantChannel Channel { get; set; }
    public DateTimeOffset AskedAt { get; set; }

    /// <summary>The question as typed, with personal data masked.</summary>
    public required string Question { get; set; }

    /// <summary>The masked question folded (<see cref="Routing.VietnameseText.Fold"/>): what learning reads.</summary>
    public required string QuestionFolded { get; set; }
    public AssistantIntent Intent { get; set; }
    public AssistantOutcome Outcome { get; set; }
    public string? ProcedureCode { get; set; }
    public double Confidence { get; set; }

    /// <summary>The reply's text as shown.</summary>
    public required string Answer { get; set; }

    /// <summary>"Có ích" (true), "Chưa đúng" (false) or no feedback.</summary>
    public bool? Useful { get; set; }

    /// <summary>The procedure a manager attached: the question becomes one of the procedure's learned phrases.</summary>
    public string? CorrectedProcedureCode { get; set; }
    public DateTimeOffset? CorrectedAt { get; set; }
}
