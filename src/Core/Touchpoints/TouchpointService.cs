using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>Issues, revokes and reissues touchpoints, and counts scans.</summary>
public class TouchpointService(CchcDbContext db, TimeProvider clock, AuditLog audit)
{
    /// <summary>Gives every counter, and every center's entrance, an active touchpoint if it has none.
    /// Runs after each catalog import, so new counters get their QR at once. Returns how many it issued.</summary>
    public async Task<int> EnsureForCatalogAsync(CancellationToken cancellationToken = default)
    {
        var covered = (await db.Touchpoints.Where(t => t.RevokedAt == null && t.ProcedureId == null)
            .Select(t => new { t.CenterId, t.CounterId }).ToListAsync(cancellationToken))
            .Select(t => (t.CenterId, t.CounterId)).ToHashSet();
        var wanted = (await db.Counters.Select(c => new { c.CenterId, CounterId = (int?)c.Id }).ToListAsync(cancellationToken))
            .Select(c => (c.CenterId, c.CounterId))
            .Concat((await db.ServiceCenters.Select(c => c.Id).ToListAsync(cancellationToken)).Select(id => (CenterId: id, CounterId: (int?)null)));
        var issued = 0;
        foreach (var (centerId, counterId) in wanted.Where(w => !covered.Contains(w)))
        {
            db.Touchpoints.Add(New(centerId, counterId, null));
            issued++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }

    /// <summary>Revokes a touchpoint and issues a new token for the same place (a poster was defaced or copied).
    /// Null when it is unknown or already revoked, e.g. the second of two clicks.</summary>
    public async Task<Touchpoint?> ReissueAsync(int touchpointId, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var old = await RevokeActiveAsync(touchpointId, actor, cancellationToken);
        if (old is null)
        {
            return null;
        }
        // Saved after the revocation: the filtered unique index allows one active touchpoint per place.
        var replacement = New(old.CenterId, old.CounterId, old.ProcedureId);
        db.Touchpoints.Add(replacement);
        await db.SaveChangesAsync(cancellationToken);
        await db.Touchpoints.Where(t => t.Id == old.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.ReplacedById, replacement.Id), cancellationToken);
        audit.Record(actor, AuditActions.TouchpointReissued, $"touchpoint:{old.Token}", new { replacement = replacement.Token });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return replacement;
    }

    public async Task<bool> RevokeAsync(int touchpointId, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revoked = await RevokeActiveAsync(touchpointId, actor, cancellationToken);
        if (revoked is null)
        {
            return false;
        }
        audit.Record(actor, AuditActions.TouchpointRevoked, $"touchpoint:{revoked.Token}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Revokes in one conditional UPDATE, so that of two concurrent requests exactly one wins and the
    /// other sees nothing to do, rather than both revoking and both issuing.</summary>
    private async Task<Touchpoint?> RevokeActiveAsync(int touchpointId, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Touchpoints.Where(t => t.Id == touchpointId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedBy, actor), cancellationToken);
        return changed == 0 ? null : await db.Touchpoints.AsNoTracking().SingleAsync(t => t.Id == touchpointId, cancellationToken);
    }

    /// <summary>One more scan on a Vietnamese calendar day, in one statement that is safe under concurrency.</summary>
    public Task RecordScanAsync(int touchpointId, DateOnly day, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO touchpoint_scans (touchpoint_id, day, count) VALUES ({touchpointId}, {day}, 1) ON CONFLICT (touchpoint_id, day) DO UPDATE SET count = touchpoint_scans.count + 1",
            cancellationToken);

    private Touchpoint New(int centerId, int? counterId, int? procedureId) => new()
    {
        Token = TouchpointToken.New(),
        CenterId = centerId,
        CounterId = counterId,
        ProcedureId = procedureId,
        IssuedAt = clock.GetUtcNow(),
    };
}
