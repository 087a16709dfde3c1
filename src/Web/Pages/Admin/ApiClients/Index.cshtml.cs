using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Data;
using CchcFeedback.Web.Pages.Admin.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Admin.ApiClients;

public class IndexModel(CchcDbContext db, ApiClientService clients) : PageModel
{
    public class InputModel
    {
        [Required(ErrorMessage = "Xin nhập tên.")]
        [StringLength(200, ErrorMessage = "Tên dài quá 200 ký tự.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Xin chọn vai trò.")]
        public string Role { get; set; } = Core.Identity.StaffRoles.Integration;

        public string? Department { get; set; }
    }

    public record ClientRow(int Id, string Name, string KeyId, string Role, string? Department, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ClientRow> Clients { get; private set; } = [];

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    /// <summary>The new key, shown once.</summary>
    public string? NewKey { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var created = await clients.CreateAsync(Input.Name, Input.Role, string.IsNullOrEmpty(Input.Department) ? null : Input.Department, User.Identity!.Name!, cancellationToken);
                NewKey = created.Key.ToString();
            }
            catch (ArgumentException exception)
            {
                ModelState.AddModelError(string.Empty, ApiClientService.Reason(exception));
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        await clients.RevokeAsync(id, User.Identity!.Name!, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Departments = await DepartmentChoices.LoadAsync(db, cancellationToken);
        Clients = await db.ApiClients.AsNoTracking().OrderByDescending(c => c.CreatedAt)
            .Select(c => new ClientRow(c.Id, c.Name, c.KeyId, c.Role, c.Department == null ? null : c.Department.Code, c.CreatedAt, c.RevokedAt, c.LastUsedAt))
            .ToListAsync(cancellationToken);
    }
}
