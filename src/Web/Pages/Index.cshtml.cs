using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages;

public class IndexModel(CchcDbContext db) : PageModel
{
    public record CenterItem(string Code, string NameVi, int Counters);

    public IReadOnlyList<CenterItem> Centers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Centers = await db.ServiceCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.NameVi)
            .Select(c => new CenterItem(c.Code, c.NameVi, c.Counters.Count))
            .ToListAsync(cancellationToken);
}
