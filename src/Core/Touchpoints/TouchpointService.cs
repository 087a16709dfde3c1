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

    /// <summary>Revokes a touchpoint and issues a new token for the same place (a poster was defaced or copied).</summary>
    public async Task<Touchpoint?> ReissueAsync(int touchpointId, string actor, CancellationToken cancellationToken = default)
    {
        var old = await db.Touchpoints.SingleOrDefaultAsync(t => t.Id == touchpointId && t.RevokedAt == null, cancellationToken);
        if (old is null)
        {
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Revoke(old, actor);
        await db.SaveChangesAsync(cancellationToken);
        var replacement = New(old.CenterId, old.CounterId, old.ProcedureId);
        db.Touchpoints.Add(replacement);
        await db.SaveChangesAsync(cancellationToken);
        old.ReplacedById = replacement.Id;
        audit.Record(actor, "touchpoint_reissued", $"touchpoint:{old.Token}", new { replacement = replacement.Token });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return replacement;
    }

    public async Task<bool> RevokeAsync(int touchpointId, string actor, CancellationToken cancellationToken = default)
    {
        var touchpoint = await db.Touchpoints.SingleOrDefaultAsync(t => t.Id == touchpointId && t.RevokedAt == null, cancellationToken);
        if (touchpoint is null)
        {
            return false;
        }
        Revoke(touchpoint, actor);
        audit.Record(actor, "touchpoint_revoked", $"touchpoint:{touchpoint.Token}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>One more scan today (Vietnamese day), in one statement that is safe under concurrency.</summary>
    public Task RecordScanAsync(int touchpointId, CancellationToken cancellationToken = default)
    {
        var day = VietnamTime.DateOf(clock.GetUtcNow());
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO touchpoint_scans (touchpoint_id, day, count) VALUES ({touchpointId}, {day}, 1) ON CONFLICT (touchpoint_id, day) DO UPDATE SET count = touchpoint_scans.count + 1",
            cancellationToken);
    }

    private void Revoke(Touchpoint touchpoint, string actor)
    {
        touchpoint.RevokedAt = clock.GetUtcNow();
        touchpoint.RevokedBy = actor;
    }

    private Touchpoint New(int centerId, int? counterId, int? procedureId) => new()
    {
        Token = TouchpointToken.New(),
        CenterId = centerId,
        CounterId = counterId,
        ProcedureId = procedureId,
        IssuedAt = clock.GetUtcNow(),
    };
}
