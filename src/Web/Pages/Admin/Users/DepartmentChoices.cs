using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Admin.Users;

public record DepartmentChoice(string Code, string NameVi);

public static class DepartmentChoices
{
    public static async Task<IReadOnlyList<DepartmentChoice>> LoadAsync(CchcDbContext db, CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new DepartmentChoice(d.Code, d.NameVi)).ToListAsync(cancellationToken);
}
