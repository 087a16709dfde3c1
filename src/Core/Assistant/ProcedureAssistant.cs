using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Assistant;

/// <summary>The assistant every channel calls: masks the question, lets <see cref="AssistantEngine"/> decide, and
/// stores the exchange. The question's text is never logged.</summary>
public class ProcedureAssistant(CchcDbContext db, AssistantEngine engine, TimeProvider clock) : IProcedureAssistant
{
    /// <summary>A follow-up ("còn lệ phí?") refers to the procedure answered in the same conversation this recently.</summary>
    private static readonly TimeSpan FollowUpWindow = TimeSpan.FromMinutes(30);

    public async Task<AssistantReply> ReplyAsync(AssistantQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var now = clock.GetUtcNow();
        var masked = PersonalDataMask.Mask(question.Text.Trim());
        var since = now - FollowUpWindow;
        var previous = await db.AssistantExchanges.AsNoTracking()
            .Where(e => e.ConversationId == question.ConversationId && e.AskedAt >= since
                && e.Outcome == AssistantOutcome.Answered && e.ProcedureCode != null)
            .OrderByDescending(e => e.AskedAt).Select(e => e.ProcedureCode).FirstOrDefaultAsync(cancellationToken);
        var decision = await engine.DecideAsync(question with { Text = masked }, masked, previous, cancellationToken);
        var exchange = new AssistantExchange
        {
            Id = Guid.CreateVersion7(now),
            ConversationId = question.ConversationId,
            Channel = question.Channel,
            AskedAt = now,
            Question = Limit(masked, AssistantLimits.QuestionMaxLength),
            QuestionFolded = Limit(VietnameseText.Fold(masked), AssistantLimits.QuestionMaxLength),
            Intent = decision.Intent,
            Outcome = decision.Outcome,
            ProcedureCode = decision.ProcedureCode,
            Confidence = Math.Round(decision.Confidence, 4),
            Answer = Limit(decision.Text, AssistantLimits.AnswerMaxLength),
        };
        db.AssistantExchanges.Add(exchange);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return decision.ToReply(exchange.Id);
    }

    public async Task<bool> RecordFeedbackAsync(Guid exchangeId, bool useful, CancellationToken cancellationToken) =>
        await db.AssistantExchanges.Where(e => e.Id == exchangeId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Useful, useful), cancellationToken) > 0;

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
