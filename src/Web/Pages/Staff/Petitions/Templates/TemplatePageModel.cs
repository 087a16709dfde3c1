using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Petitions.Templates;

public class TemplateInput
{
    public int? DepartmentId { get; set; }
    public int? FieldId { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }

    public AnswerTemplateInput ToRequest() => new(DepartmentId, FieldId, Title, Body);
}

/// <summary>What the template pages share: the form's input, the departments the user may keep templates for, the
/// fields, and Core's field errors put on the form's fields.</summary>
public abstract class TemplatePageModel(CchcDbContext db) : PageModel
{
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["department"] = "Input.DepartmentId",
        ["field"] = "Input.FieldId",
        ["title"] = "Input.Title",
        ["body"] = "Input.Body",
    };

    public sealed record Choice(int Id, string Name);

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public IReadOnlyList<Choice> Departments { get; private set; } = [];

    public IReadOnlyList<Choice> Fields { get; private set; } = [];

    protected DepartmentScope Scope => DepartmentScope.For(User);

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Departments = await db.Departments.AsNoTracking().VisibleIn(Scope).OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new Choice(d.Id, d.NameVi)).ToListAsync(cancellationToken);
        Fields = await db.Fields.AsNoTracking().OrderBy(f => f.NameVi).Select(f => new Choice(f.Id, f.NameVi)).ToListAsync(cancellationToken);
    }

    protected void AddErrors(IEnumerable<PetitionFieldError> errors)
    {
        foreach (var error in errors)
        {
            this.AddError(FieldNames.GetValueOrDefault(error.Field, string.Empty), error.Message);
        }
    }
}
