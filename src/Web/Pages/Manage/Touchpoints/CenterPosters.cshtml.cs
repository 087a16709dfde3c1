using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Manage.Touchpoints;

/// <summary>Every active poster of one center, one per sheet: the entrance first, then the counters by code.</summary>
public class CenterPostersModel(CchcDbContext db, IOptions<PublicSiteOptions> site) : PageModel
{
    public IReadOnlyList<PosterSheet> Sheets { get; private set; } = [];

    public string Size { get; private set; } = "A4";

    public async Task<IActionResult> OnGetAsync(string center, string? size, CancellationToken cancellationToken)
    {
        Size = PosterSheet.Size(size);
        Sheets = await PosterSheet.LoadAsync(db.Touchpoints.Where(t => t.Center.Code == center && t.ProcedureId == null), site.Value, cancellationToken);
        return Sheets.Count == 0 ? NotFound() : Page();
    }
}
