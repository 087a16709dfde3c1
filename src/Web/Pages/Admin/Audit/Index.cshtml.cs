using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Admin.Audit;

public class IndexModel(CchcDbContext db) : PageModel
{
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(e => e.Actor.Contains(Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(e => e.Action == Action);
        }
        Events = await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
    }
}
