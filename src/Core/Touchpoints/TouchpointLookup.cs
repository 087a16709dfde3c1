using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>Finds the place behind a token as a citizen typed or scanned it (lower case and stray spaces are
/// fine); null for anything that is not a token we issued.</summary>
public class TouchpointLookup(CchcDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task<TouchpointPlace?> FindAsync(string? typed, CancellationToken cancellationToken = default)
    {
        var token = TouchpointToken.Normalise(typed);
        if (token is null)
        {
            return null;
        }
        return await db.Touchpoints.AsNoTracking()
            .Where(t => t.Token == token)
            .Select(t => new TouchpointPlace(
                t.Id, t.Token, t.RevokedAt == null, t.ReplacedById != null,
                t.CenterId, t.Center.Code, t.Center.NameVi, t.Center.Address,
                t.CounterId, t.Counter == null ? null : t.Counter.Code, t.Counter == null ? null : t.Counter.NameVi,
                t.Counter == null ? null : t.Counter.DepartmentId, t.ProcedureId))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The same, remembered for a minute: every survey submission needs it, and a revocation taking
    /// a minute to reach the submission path of every instance is acceptable.</summary>
    public async Task<TouchpointPlace?> FindCachedAsync(string? typed, CancellationToken cancellationToken = default)
    {
        var key = ("touchpoint", TouchpointToken.Normalise(typed));
        if (key.Item2 is null)
        {
            return null;
        }
        if (!cache.TryGetValue(key, out TouchpointPlace? place))
        {
            place = await FindAsync(key.Item2, cancellationToken);
            cache.Set(key, place, CacheFor);
        }
        return place;
    }
}
