using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Staff.Petitions.Templates;

/// <summary>Changes or deletes one template of the user's departments; any other does not exist (404).</summary>
public class EditModel(AnswerTemplates templates, CchcDbContext db) : TemplatePageModel(db)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var template = await templates.FindAsync(Id, Scope, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }
        Input = new TemplateInput { DepartmentId = template.DepartmentId, FieldId = template.FieldId, Title = template.Title, Body = template.Body };
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await templates.SaveAsync(Id, Input.ToRequest(), User.Identity!.Name!, Scope, cancellationToken);
        switch (result.Outcome)
        {
            case PetitionActionOutcome.Done:
                return RedirectToPage("Index", new { done = "saved" });
            case PetitionActionOutcome.NotFound:
                return NotFound();
        }
        AddErrors(result.Errors);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) =>
        await templates.DeleteAsync(Id, Scope, cancellationToken) ? RedirectToPage("Index", new { done = "deleted" }) : NotFound();
}
