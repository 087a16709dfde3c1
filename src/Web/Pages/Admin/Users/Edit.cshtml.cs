using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Admin.Users;

public class EditModel(CchcDbContext db, StaffUserService staffUsers, UserManager<StaffUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UserAccessInput Input { get; set; } = new();

    public StaffUser? Account { get; private set; }

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        Input = new UserAccessInput
        {
            Roles = [.. await users.GetRolesAsync(Account!)],
            Departments = Account!.Departments.Select(d => d.Department.Code).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync(CancellationToken cancellationToken)
    {
        var result = await staffUsers.UpdateAccessAsync(Id, Input.Roles, Input.Departments, User.Identity!.Name!, cancellationToken);
        if (result.User is null)
        {
            return NotFound();
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }
        Saved = result.Succeeded;
        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(bool disabled, CancellationToken cancellationToken)
    {
        if (!await staffUsers.SetDisabledAsync(Id, disabled, User.Identity!.Name!, cancellationToken))
        {
            return NotFound();
        }
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Account = await db.Users.AsNoTracking().Include(u => u.Departments).ThenInclude(d => d.Department)
            .SingleOrDefaultAsync(u => u.Id == Id, cancellationToken);
        Departments = await DepartmentChoices.LoadAsync(db, cancellationToken);
        return Account is not null;
    }
}
