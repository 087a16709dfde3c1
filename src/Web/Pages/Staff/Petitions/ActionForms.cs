using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>One form of a petition page with a text box: what it posts to, its words, and (after a refused post)
/// what was typed and what was wrong.</summary>
public sealed record ReasonForm(
    string Handler,
    string Id,
    string Heading,
    string Label,
    string Button,
    bool Required,
    string Code,
    string? Value,
    string? Error,
    string? Hint = null,
    bool Danger = false,
    (string Name, string Value)? Hidden = null);

/// <summary>A form that gives the petition to another department (a transfer, a reassignment) with a reason; the
/// reason box's words and state come from <see cref="Reason"/>.</summary>
public sealed record DepartmentForm(
    string Handler,
    string Id,
    string Heading,
    string Code,
    string DepartmentLabel,
    string Placeholder,
    IReadOnlyList<DepartmentChoice> Departments,
    int? CurrentDepartmentId,
    int? Selected,
    string? DepartmentError,
    ReasonForm Reason);

public sealed record DepartmentChoice(int Id, string Code, string Name);

/// <summary>What the petition pages' forms share: every form carries a fresh action id (a form posted twice is done
/// once), the petition is found by its code and acted on through Core, and outside the user's scope the petition
/// does not exist (404, audited).</summary>
public abstract class ActionPageModel(CchcDbContext db, AuditLog audit) : PageModel
{
    protected CchcDbContext Db { get; } = db;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>What was just done, for the notice after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public Guid ActionId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int? Department { get; set; }

    /// <summary>The handler whose form was posted and refused: its errors and values are shown in that form only.</summary>
    public string? PostedForm { get; private set; }


    protected DepartmentScope Scope => DepartmentScope.For(User);

    public string? ErrorFor(string form, string key) =>
        PostedForm == form && ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? PostedValue(string form, string? value) => PostedForm == form ? value : null;

    /// <param name="form">Which form this is, when one handler serves several (a form per photo).</param>
    public ReasonForm ReasonFormFor(string handler, string id, string heading, string label, string button, bool required,
        string? hint = null, bool danger = false, string? form = null) =>
        new(handler, id, heading, label, button, required, Code ?? "", PostedValue(form ?? handler, Reason), ErrorFor(form ?? handler, nameof(Reason)), hint, danger);

    public DepartmentForm DepartmentFormFor(string handler, string id, string heading, string departmentLabel, string placeholder,
        IReadOnlyList<DepartmentChoice> departments, int? current, ReasonForm reason) =>
        new(handler, id, heading, Code ?? "", departmentLabel, placeholder, departments, current,
            PostedForm == handler ? Department : null, ErrorFor(handler, nameof(Department)), reason);

    public PetitionCase Petition { get; private set; } = null!;

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    public bool Allows(IReadOnlyList<PetitionStatus> statuses) => statuses.Contains(Petition.Status);

    /// <summary>Where a successful action leads, with its notice; null for this page.</summary>
    protected virtual string? AfterActionPage => null;

    /// <summary>Loads what the page shows; false when the petition is not in the user's scope.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var petition = await PetitionCase.LoadAsync(Db, Code, Scope, cancellationToken);
        if (petition is null)
        {
            return false;
        }
        Petition = petition;
        Code = petition.TrackingCode;
        Departments = await Db.Departments.AsNoTracking().OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new DepartmentChoice(d.Id, d.Code, d.NameVi)).ToListAsync(cancellationToken);
        await LoadPageAsync(cancellationToken);
        return true;
    }

    /// <summary>What only this page shows, once <see cref="Petition"/> is loaded.</summary>
    protected virtual Task LoadPageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task<IActionResult> NotFoundAuditedAsync(CancellationToken cancellationToken)
    {
        await audit.WriteAsync(User.Identity!.Name!, AuditActions.AccessDenied, $"petition:{Code}", cancellationToken: cancellationToken);
        return NotFound();
    }

    /// <param name="leaves">The petition leaves the user's inbox: go back to it rather than to the petition.</param>
    protected async Task<IActionResult> ActAsync(string form, string done, Func<PetitionAction, CancellationToken, Task<PetitionActionResult>> act,
        CancellationToken cancellationToken, bool leaves = false)
    {
        // Found without the scope: Core checks it, after recognising a form this user already posted (a retried
        // "return" must not turn into a 404 once the petition has left the department).
        var code = TrackingCode.Normalise(Code);
        var id = await Db.Petitions.AsNoTracking().Where(p => p.TrackingCode == code).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return await NotFoundAuditedAsync(cancellationToken);
        }
        var result = await act(new PetitionAction(id.Value, ActionId, User.Identity!.Name!, Scope), cancellationToken);
        if (result.Outcome == PetitionActionOutcome.NotFound)
        {
            return await NotFoundAuditedAsync(cancellationToken);
        }
        if (result.Succeeded)
        {
            return leaves ? RedirectToPage("/Staff/Petitions/Index", new { done }) : RedirectToPage(AfterActionPage, new { code = Code, done });
        }
        PostedForm = form;
        foreach (var error in result.Errors)
        {
            this.AddError(FieldKey(error.Field), error.Message);
        }
        return await LoadAsync(cancellationToken) ? Page() : await NotFoundAuditedAsync(cancellationToken);
    }

    /// <summary>Core's field names are the bound properties' in camel case.</summary>
    private static string FieldKey(string field) => field.Length == 0 ? string.Empty : char.ToUpperInvariant(field[0]) + field[1..];
}
