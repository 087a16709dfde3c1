using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Manage.Touchpoints;

/// <summary>The print-ready poster of one touchpoint, A4 or A5.</summary>
public class PosterModel(CchcDbContext db, IOptions<PublicSiteOptions> site) : PageModel
{
    public IReadOnlyList<PosterSheet> Sheets { get; private set; } = [];

    public string Size { get; private set; } = "A4";

    public async Task<IActionResult> OnGetAsync(int id, string? size, CancellationToken cancellationToken)
    {
        Size = PosterSheet.Size(size);
        Sheets = await PosterSheet.LoadAsync(db.Touchpoints.Where(t => t.Id == id), site.Value, cancellationToken);
        return Sheets.Count == 0 ? NotFound() : Page();
    }
}
