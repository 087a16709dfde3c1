using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Touchpoints;

/// <summary>Every QR touchpoint by center: print its poster, revoke it, or reissue it (a defaced or copied
/// poster); revoked ones stay listed as history. TouchpointService writes the audit events.</summary>
public class IndexModel(CchcDbContext db, TouchpointService touchpoints, TimeProvider clock) : PageModel
{
    public record TouchpointRow(int Id, string Token, string? CounterCode, string? CounterName, DateTimeOffset IssuedAt, int ScansLast30Days);

    public record CenterGroup(string Code, string Name, IReadOnlyList<TouchpointRow> Touchpoints);

    public record RevokedRow(string Token, string CenterName, string? CounterName, DateTimeOffset RevokedAt, string? RevokedBy, string? ReplacementToken);

    public IReadOnlyList<CenterGroup> Centers { get; private set; } = [];

    public IReadOnlyList<RevokedRow> Revoked { get; private set; } = [];

    /// <summary>After a reissue: the new touchpoint, whose poster should be printed now.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Reissued { get; set; }

    public TouchpointRow? ReissuedRow { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Revoke { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var since = VietnamTime.DateOf(clock.GetUtcNow()).AddDays(-29);
        var active = await db.Touchpoints.AsNoTracking()
            .Where(t => t.RevokedAt == null && t.ProcedureId == null)
            .Select(t => new
            {
                CenterCode = t.Center.Code,
                CenterName = t.Center.NameVi,
                Level = t.Center.Level,
                Row = new TouchpointRow(t.Id, t.Token, t.Counter == null ? null : t.Counter.Code, t.Counter == null ? null : t.Counter.NameVi, t.IssuedAt,
                    db.TouchpointScans.Where(s => s.TouchpointId == t.Id && s.Day >= since).Sum(s => (int?)s.Count) ?? 0),
            })
            .ToListAsync(cancellationToken);
        Centers = [.. active
            .GroupBy(t => (t.CenterCode, t.CenterName, t.Level))
            .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.CenterName, StringComparer.Ordinal)
            .Select(g => new CenterGroup(g.Key.CenterCode, g.Key.CenterName,
                [.. g.Select(t => t.Row).OrderBy(r => r.CounterCode is not null).ThenBy(r => r.CounterCode, StringComparer.Ordinal)]))];
        ReissuedRow = Reissued is { } id ? Centers.SelectMany(c => c.Touchpoints).SingleOrDefault(t => t.Id == id) : null;
        Revoked = await db.Touchpoints.AsNoTracking()
            .Where(t => t.RevokedAt != null)
            .OrderByDescending(t => t.RevokedAt)
            .Take(200)
            .Select(t => new RevokedRow(t.Token, t.Center.NameVi, t.Counter == null ? null : t.Counter.NameVi, t.RevokedAt!.Value, t.RevokedBy,
                db.Touchpoints.Where(r => r.Id == t.ReplacedById).Select(r => r.Token).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var revoked = await touchpoints.RevokeAsync(id, User.Identity!.Name!, cancellationToken);
        return revoked ? RedirectToPage(new { revoke = true }) : NotFound();
    }

    public async Task<IActionResult> OnPostReissueAsync(int id, CancellationToken cancellationToken)
    {
        var replacement = await touchpoints.ReissueAsync(id, User.Identity!.Name!, cancellationToken);
        return replacement is null ? NotFound() : RedirectToPage(new { reissued = replacement.Id });
    }
}
