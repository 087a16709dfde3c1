using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff;

public class IndexModel(CchcDbContext db) : PageModel
{
    public record DepartmentItem(string Code, string NameVi, int Counters, int Procedures);

    public IReadOnlyList<DepartmentItem> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Departments = await db.Departments.AsNoTracking().VisibleIn(DepartmentScope.For(User))
            .OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new DepartmentItem(d.Code, d.NameVi,
                db.Counters.Count(c => c.DepartmentId == d.Id),
                db.Procedures.Count(p => p.DepartmentId == d.Id)))
            .ToListAsync(cancellationToken);
}
