using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Admin.Users;

public class IndexModel(CchcDbContext db, TimeProvider clock) : PageModel
{
    public record UserRow(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Departments, bool IsDisabled, bool TwoFactor, bool LockedOut);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var userRoles = (await db.UserRoles.ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => roleNames[r.RoleId]);
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.Email)
                .Select(u => new { u.Id, u.Email, u.DisplayName, Departments = u.Departments.Select(d => d.Department.Code).ToList(), u.IsDisabled, u.TwoFactorEnabled, u.LockoutEnd })
                .ToListAsync(cancellationToken))
            .Select(u => new UserRow(u.Id, u.Email!, u.DisplayName, userRoles[u.Id].Order().ToList(), u.Departments, u.IsDisabled, u.TwoFactorEnabled, u.LockoutEnd > now))
            .ToList();
    }
}
