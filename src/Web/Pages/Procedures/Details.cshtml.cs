using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Procedures;

/// <summary>One procedure's public record (công khai TTHC), printable; an unknown code is the site's 404, a
/// procedure without a record shows its name and code and says the details are not yet published.</summary>
public class DetailsModel(CchcDbContext db) : PageModel
{
    public Procedure Procedure { get; private set; } = null!;

    public string FieldName { get; private set; } = "";

    public ProcedureDetails? Details => Procedure.Details;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Field).Include(p => p.Details)
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (procedure is null)
        {
            return NotFound();
        }
        Procedure = procedure;
        FieldName = Localization.InPageLanguage(procedure.Field.NameVi, procedure.Field.NameEn);
        return Page();
    }
}
