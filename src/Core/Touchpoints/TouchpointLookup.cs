using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>Finds the place behind a token as a citizen typed or scanned it (lower case and stray spaces are
/// fine); null for anything that is not a token we issued.</summary>
public class TouchpointLookup(CchcDbContext db)
{
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
                t.Center.Code, t.Center.NameVi, t.Center.Address,
                t.Counter == null ? null : t.Counter.Code, t.Counter == null ? null : t.Counter.NameVi))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
