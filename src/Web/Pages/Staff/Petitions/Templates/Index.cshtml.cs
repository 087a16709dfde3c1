using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Staff.Petitions.Templates;

/// <summary>The reusable answers of the user's departments (every department's for a manager), and a form to add one.</summary>
public class IndexModel(AnswerTemplates templates, CchcDbContext db) : TemplatePageModel(db)
{
    public IReadOnlyList<AnswerTemplateItem> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Departments.Count == 1)
        {
            Input.DepartmentId = Departments[0].Id;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await templates.SaveAsync(null, Input.ToRequest(), User.Identity!.Name!, Scope, cancellationToken);
        switch (result.Outcome)
        {
            case PetitionActionOutcome.Done:
                return RedirectToPage(new { done = "saved" });
            case PetitionActionOutcome.NotFound:
                return NotFound();
        }
        AddErrors(result.Errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        Items = await templates.ListAsync(Scope, cancellationToken);
    }
}
