using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CchcFeedback.Core.Surveys;

/// <summary>What a submission needs to know about a touchpoint, from its token.</summary>
public sealed record TouchpointPlace(int Id, string Token, bool IsActive, int CenterId, string CenterNameVi, int? CounterId,
    string? CounterNameVi, int? DepartmentId, int? ProcedureId);

/// <summary>Resolves tokens, caching each answer for a minute: every submission needs one, and a revocation
/// taking a minute to reach every instance is acceptable.</summary>
public class TouchpointDirectory(CchcDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task<TouchpointPlace?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        var normalised = TouchpointToken.Normalise(token);
        if (normalised is null)
        {
            return null;
        }
        if (cache.TryGetValue(("touchpoint", normalised), out TouchpointPlace? place))
        {
            return place;
        }
        place = await db.Touchpoints.AsNoTracking().Where(t => t.Token == normalised)
            .Select(t => new TouchpointPlace(t.Id, t.Token, t.RevokedAt == null, t.CenterId, t.Center.NameVi, t.CounterId,
                t.Counter == null ? null : t.Counter.NameVi, t.Counter == null ? null : t.Counter.DepartmentId, t.ProcedureId))
            .SingleOrDefaultAsync(cancellationToken);
        cache.Set(("touchpoint", normalised), place, CacheFor);
        return place;
    }
}
