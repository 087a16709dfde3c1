using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Surveys;

/// <summary>A manager's decision on a response flagged for arriving in a burst from one source: accepted, it is
/// counted by the next rollup; rejected, it stays out of every figure. Either way it leaves the review list.</summary>
public class FlaggedResponseReview(CchcDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>False when the response is unknown, not flagged, or already reviewed (a second click).</summary>
    public Task<bool> AcceptAsync(Guid responseId, string actor, CancellationToken cancellationToken = default) =>
        DecideAsync(responseId, actor, accept: true, cancellationToken);

    public Task<bool> RejectAsync(Guid responseId, string actor, CancellationToken cancellationToken = default) =>
        DecideAsync(responseId, actor, accept: false, cancellationToken);

    private async Task<bool> DecideAsync(Guid responseId, string actor, bool accept, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One conditional UPDATE: of two managers deciding at once, exactly one decision stands.
        var changed = await db.SurveyResponses
            .Where(r => r.Id == responseId && r.Flagged && r.ReviewedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Flagged, !accept).SetProperty(x => x.ReviewedAt, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }
        audit.Record(actor, accept ? AuditActions.SurveyResponseAccepted : AuditActions.SurveyResponseRejected, $"survey_response:{responseId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
