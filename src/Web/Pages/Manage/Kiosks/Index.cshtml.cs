using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Kiosks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Kiosks;

/// <summary>Pairs counter tablets and revokes them. The pairing URL holds the kiosk's key and is shown once.</summary>
public class IndexModel(CchcDbContext db, KioskService kiosks) : PageModel
{
    public class InputModel
    {
        [Required(ErrorMessage = "Xin chọn quầy.")]
        public string Counter { get; set; } = "";

        [StringLength(200, ErrorMessage = "Tên dài quá 200 ký tự.")]
        public string? Name { get; set; }
    }

    public record KioskRow(int Id, string Name, string KeyId, string CounterCode, string CounterName, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastSeenAt);

    public record CounterChoice(string Code, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<KioskRow> Kiosks { get; private set; } = [];

    public IReadOnlyList<CounterChoice> Counters { get; private set; } = [];

    /// <summary>The new kiosk's pairing URL, shown once.</summary>
    public string? PairingUrl { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                PairingUrl = (await kiosks.CreateAsync(Input.Counter, Input.Name, User.Identity!.Name!, cancellationToken)).PairingUrl;
            }
            catch (ArgumentException exception)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Counter)}", KioskService.Reason(exception));
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        await kiosks.RevokeAsync(id, User.Identity!.Name!, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counters = await db.Counters.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CounterChoice(c.Code, c.NameVi)).ToListAsync(cancellationToken);
        Kiosks = await db.Kiosks.AsNoTracking().OrderByDescending(k => k.CreatedAt)
            .Select(k => new KioskRow(k.Id, k.Name, k.KeyId, k.Counter.Code, k.Counter.NameVi, k.CreatedAt, k.RevokedAt, k.LastSeenAt))
            .ToListAsync(cancellationToken);
    }
}
