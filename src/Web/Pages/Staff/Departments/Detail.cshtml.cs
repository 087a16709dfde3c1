using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Departments;

/// <summary>A department's counters and procedures. Outside the user's scope it does not exist (404), so a
/// member of one department cannot even learn which codes another uses.</summary>
public class DetailModel(CchcDbContext db, AuditLog audit) : PageModel
{
    public record CounterItem(string Code, string NameVi, string CenterNameVi);

    public record ProcedureItem(string Code, string NameVi, int ProcessingDays);

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public string NameVi { get; private set; } = "";

    public IReadOnlyList<CounterItem> Counters { get; private set; } = [];

    public IReadOnlyList<ProcedureItem> Procedures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().VisibleIn(DepartmentScope.For(User))
            .SingleOrDefaultAsync(d => d.Code == Code, cancellationToken);
        if (department is null)
        {
            await audit.WriteAsync(User.Identity!.Name!, AuditActions.AccessDenied, $"department:{Code}", cancellationToken: cancellationToken);
            return NotFound();
        }
        NameVi = department.NameVi;
        Counters = await db.Counters.AsNoTracking().Where(c => c.DepartmentId == department.Id).OrderBy(c => c.Code)
            .Select(c => new CounterItem(c.Code, c.NameVi, c.Center.NameVi)).ToListAsync(cancellationToken);
        Procedures = await db.Procedures.AsNoTracking().Where(p => p.DepartmentId == department.Id).OrderBy(p => p.Code)
            .Select(p => new ProcedureItem(p.Code, p.NameVi, p.ProcessingDays)).ToListAsync(cancellationToken);
        return Page();
    }
}
