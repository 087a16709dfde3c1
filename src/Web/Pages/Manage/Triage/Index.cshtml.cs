using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing.Triage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Triage;

/// <summary>Petitions the router was not sure about (ROUTING.md rule 8), oldest first, each with the router's
/// guesses and every department to choose from: one click routes it. <see cref="PetitionTriage"/> writes the
/// routing event, the audit event and the labelled example the recogniser learns from.</summary>
public class IndexModel(CchcDbContext db, PetitionTriage triage) : PageModel
{
    public const int Shown = 50;

    public record DepartmentOption(string Code, string Name);

    public IReadOnlyList<TriagePetition> Petitions { get; private set; } = [];

    public IReadOnlyList<DepartmentOption> Departments { get; private set; } = [];

    public int Waiting { get; private set; }

    /// <summary>After a click: routed, stale (already routed by someone else) or unknown (no department chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The department it was routed to, named in the confirmation.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public string NameOf(string code) => Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Departments = await db.Departments.AsNoTracking()
            .OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new DepartmentOption(d.Code, d.NameVi))
            .ToListAsync(cancellationToken);
        Waiting = await triage.CountAsync(cancellationToken);
        Petitions = await triage.OldestAsync(Shown, cancellationToken);
    }

    public async Task<IActionResult> OnPostRouteAsync(Guid id, string? department, CancellationToken cancellationToken) =>
        await triage.RouteAsync(id, department, User.Identity!.Name!, cancellationToken) switch
        {
            ManualRoutingOutcome.Routed => RedirectToPage(new { done = "routed", to = department }),
            ManualRoutingOutcome.NotInTriage => RedirectToPage(new { done = "stale" }),
            _ => RedirectToPage(new { done = "unknown" }),
        };
}
