using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Assistant;

/// <summary>The assistant every channel calls: lets <see cref="AssistantEngine"/> decide, and stores the exchange
/// with the question masked. The question's text is never logged.</summary>
public class ProcedureAssistant(CchcDbContext db, AssistantEngine engine, TimeProvider clock) : IProcedureAssistant
{
    /// <summary>A follow-up ("còn lệ phí?") refers to the procedure answered in the same conversation this recently.</summary>
    private static readonly TimeSpan FollowUpWindow = TimeSpan.FromMinutes(30);

    public async Task<AssistantReply> ReplyAsync(AssistantQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var now = clock.GetUtcNow();
        var text = question.Text.Trim();
        var masked = PersonalDataMask.Mask(text);
        var since = now - FollowUpWindow;
        var previous = await db.AssistantExchanges.AsNoTracking()
            .Where(e => e.ConversationId == question.ConversationId && e.AskedAt >= since
                && e.Outcome == AssistantOutcome.Answered && e.ProcedureCode != null)
            .OrderByDescending(e => e.AskedAt).Select(e => e.ProcedureCode).FirstOrDefaultAsync(cancellationToken);
        // The engine reads the text as typed (a tracking code may hold nine digits in a row), as the evaluation does.
        var decision = await engine.DecideAsync(question with { Text = text }, masked, previous, cancellationToken);
        var exchange = new AssistantExchange
        {
            Id = Guid.CreateVersion7(now),
            ConversationId = question.ConversationId,
            Channel = question.Channel,
            AskedAt = now,
            Question = Limit(masked, AssistantLimits.QuestionMaxLength),
            QuestionFolded = Limit(VietnameseText.Fold(PersonalDataMask.Blank(text)), AssistantLimits.QuestionMaxLength),
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

    // Masking lengthens a text ("[số điện thoại]" for nine digits): cut it to the column.
    private static string Limit(string text, int length) => TextInput.Cut(text, length);
}
