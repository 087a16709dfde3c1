using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Handling;

public sealed record AnswerTemplateItem(int Id, int DepartmentId, string DepartmentName, int? FieldId, string? FieldName, string Title, string Body);

public sealed record AnswerTemplateInput(int? DepartmentId, int? FieldId, string? Title, string? Body);

/// <summary>A department's reusable answers, managed by its own staff: outside the scope a template does not exist.</summary>
public class AnswerTemplates(CchcDbContext db, TimeProvider clock)
{
    public Task<List<AnswerTemplateItem>> ListAsync(DepartmentScope scope, CancellationToken cancellationToken = default) =>
        Items(db.AnswerTemplates.VisibleIn(scope)).ToListAsync(cancellationToken);

    /// <summary>The templates that fit a petition: the department's, for its field or for any field.</summary>
    public Task<List<AnswerTemplateItem>> ForAsync(int departmentId, int? fieldId, CancellationToken cancellationToken = default) =>
        Items(db.AnswerTemplates.Where(t => t.DepartmentId == departmentId && (t.FieldId == null || t.FieldId == fieldId)))
            .ToListAsync(cancellationToken);

    public Task<AnswerTemplateItem?> FindAsync(int id, DepartmentScope scope, CancellationToken cancellationToken = default) =>
        Items(db.AnswerTemplates.VisibleIn(scope).Where(t => t.Id == id)).SingleOrDefaultAsync(cancellationToken);

    private static readonly LengthWords TitleWords = new(
        LocalizedText.Vi("Tên mẫu không được để trống."),
        LocalizedText.Vi("Tên mẫu cần ít nhất {0} ký tự."),
        LocalizedText.Vi("Tên mẫu dài {0} ký tự, quá giới hạn {1} ký tự."));

    private static readonly LengthWords BodyWords = new(
        LocalizedText.Vi("Nội dung mẫu không được để trống."),
        LocalizedText.Vi("Nội dung mẫu cần ít nhất {0} ký tự."),
        LocalizedText.Vi("Nội dung mẫu dài {0} ký tự, quá giới hạn {1} ký tự."));

    /// <summary>Adds a template (no id) or changes one; the errors name the fields. NotFound for a department or
    /// template outside the scope.</summary>
    public async Task<PetitionActionResult> SaveAsync(int? id, AnswerTemplateInput input, string actor, DepartmentScope scope, CancellationToken cancellationToken = default)
    {
        var errors = new List<PetitionFieldError>();
        void Fail(string field, LocalizedText message) => errors.Add(new PetitionFieldError(field, message));
        if (input.DepartmentId is null)
        {
            Fail("department", LocalizedText.Vi("Xin chọn cơ quan."));
        }
        PetitionValidator.CheckLength(input.Title, 3, HandlingLimits.TemplateTitleMaxLength, "title", TitleWords, Fail);
        PetitionValidator.CheckLength(input.Body, HandlingLimits.AnswerMinLength, HandlingLimits.AnswerMaxLength, "body", BodyWords, Fail);
        if (input.FieldId is { } fieldId && !await db.Fields.AnyAsync(f => f.Id == fieldId, cancellationToken))
        {
            Fail("field", LocalizedText.Vi("Không có lĩnh vực này."));
        }
        if (errors.Count > 0)
        {
            return PetitionActionResult.Invalid(errors);
        }
        if (!scope.Includes(input.DepartmentId) || !await db.Departments.AnyAsync(d => d.Id == input.DepartmentId, cancellationToken))
        {
            return PetitionActionResult.NotFound;
        }
        var template = id is null ? null : await db.AnswerTemplates.VisibleIn(scope).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (id is not null && template is null)
        {
            return PetitionActionResult.NotFound;
        }
        if (template is null)
        {
            template = new AnswerTemplate { Title = "", Body = "", UpdatedBy = actor };
            db.Add(template);
        }
        template.DepartmentId = input.DepartmentId!.Value;
        template.FieldId = input.FieldId;
        template.Title = input.Title!.Trim();
        template.Body = input.Body!.Trim();
        template.UpdatedAt = clock.GetUtcNow();
        template.UpdatedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        return PetitionActionResult.Done;
    }

    public async Task<bool> DeleteAsync(int id, DepartmentScope scope, CancellationToken cancellationToken = default) =>
        await db.AnswerTemplates.VisibleIn(scope).Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    private IQueryable<AnswerTemplateItem> Items(IQueryable<AnswerTemplate> templates) =>
        templates.AsNoTracking()
            .OrderBy(t => t.DepartmentId).ThenBy(t => t.Title)
            .Select(t => new AnswerTemplateItem(t.Id, t.DepartmentId,
                db.Departments.Where(d => d.Id == t.DepartmentId).Select(d => d.NameVi).Single(),
                t.FieldId,
                db.Fields.Where(f => f.Id == t.FieldId).Select(f => f.NameVi).SingleOrDefault(),
                t.Title, t.Body));
}
