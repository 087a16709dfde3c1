using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>A place a person named in a chat: the QR token under a code (what a petition or a rating is filed
/// under), or a center by its code, and what to call it.</summary>
public sealed record NamedPlace(string? TouchpointToken, string? CenterCode, string Label);

/// <summary>Reads a place typed in a chat: the 10-character QR token, or a counter's or center's code as printed on
/// the poster beside the QR code (<c>TT_TINH-TP</c>), any case. A counter resolves to its active QR code, so a
/// petition is placed at that counter exactly as when the code is scanned.</summary>
public class ConversationPlaces(CchcDbContext db, TouchpointLookup touchpoints)
{
    /// <summary>Looks like a code rather than words: one token of ASCII letters, digits and <c>-_./</c>, with a digit
    /// or a separator in it.</summary>
    public static bool LooksLikeCode(string text) => text.Length <= 40 && CodeInput.IsWellFormed(text) && text.Any(c => char.IsAsciiDigit(c) || c is '-' or '_' or '.' or '/');

    /// <summary>The place, or null when no active QR code, counter or center has that code.</summary>
    public async Task<NamedPlace?> FindAsync(string typed, CancellationToken cancellationToken)
    {
        var text = typed.Trim();
        if (TouchpointToken.Normalise(text) is not null && await touchpoints.FindAsync(text, cancellationToken) is { IsActive: true } scanned)
        {
            return new NamedPlace(scanned.Token, null, scanned.CounterName ?? scanned.CenterName);
        }
        if (!LooksLikeCode(text))
        {
            return null;
        }
        var upper = text.ToUpperInvariant();
        var counter = await db.Counters.AsNoTracking().Where(c => c.Code.ToUpper() == upper)
            .Select(c => new
            {
                c.NameVi,
                CenterCode = c.Center.Code,
                Token = db.Touchpoints.Where(t => t.CounterId == c.Id && t.RevokedAt == null).OrderBy(t => t.ProcedureId != null).ThenBy(t => t.Id)
                    .Select(t => t.Token).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (counter is not null)
        {
            return new NamedPlace(counter.Token, counter.Token is null ? counter.CenterCode : null, counter.NameVi);
        }
        var center = await db.ServiceCenters.AsNoTracking().Where(c => c.Code.ToUpper() == upper)
            .Select(c => new
            {
                c.Code,
                c.NameVi,
                Token = db.Touchpoints.Where(t => t.CenterId == c.Id && t.CounterId == null && t.RevokedAt == null).OrderBy(t => t.Id)
                    .Select(t => t.Token).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return center is null ? null : new NamedPlace(center.Token, center.Token is null ? center.Code : null, center.NameVi);
    }
}
