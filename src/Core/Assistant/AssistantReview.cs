using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Assistant;

/// <summary>The questions to review on <c>/Manage/Assistant</c>. Attaching a procedure makes the question one of
/// that procedure's learned phrases (read by <see cref="AssistantKnowledgeSource"/>, at once in this process and
/// within <see cref="AssistantOptions.KnowledgeRefresh"/> in the others).</summary>
public class AssistantReview(CchcDbContext db, AssistantKnowledgeSource knowledge, TimeProvider clock) : IAssistantReview
{
    public async Task<IReadOnlyList<AssistantExchangeRow>> ListToReviewAsync(int take, CancellationToken cancellationToken) =>
        await db.AssistantExchanges.AsNoTracking()
            .Where(e => e.CorrectedProcedureCode == null && (e.Outcome == AssistantOutcome.Declined || e.Useful == false))
            .OrderByDescending(e => e.AskedAt).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(take, 1, 500))
            .Select(e => new AssistantExchangeRow(e.Id, e.AskedAt, e.Channel, e.Question, e.Intent, e.Outcome,
                e.ProcedureCode, e.Confidence, e.Useful, e.CorrectedProcedureCode))
            .ToListAsync(cancellationToken);

    public async Task<bool> AttachProcedureAsync(Guid exchangeId, string procedureCode, CancellationToken cancellationToken)
    {
        var code = await db.Procedures.Where(p => p.Code == procedureCode.Trim()).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var updated = await db.AssistantExchanges.Where(e => e.Id == exchangeId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.CorrectedProcedureCode, code).SetProperty(e => e.CorrectedAt, now), cancellationToken);
        if (updated > 0)
        {
            knowledge.Invalidate();
        }
        return updated > 0;
    }
}
