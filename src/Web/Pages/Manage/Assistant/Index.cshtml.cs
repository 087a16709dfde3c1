using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Assistant;

/// <summary>The questions the assistant declined or answered "Chưa đúng", newest first, already masked; a Manager
/// attaches the procedure that was meant, which makes the question an example for the nightly retraining.</summary>
public class IndexModel(IAssistantReview review, CchcDbContext db) : PageModel
{
    public const int Shown = 30;

    public sealed record ProcedureOption(string Code, string Name);

    public IReadOnlyList<AssistantExchangeRow> Questions { get; private set; } = [];

    public IReadOnlyList<ProcedureOption> Procedures { get; private set; } = [];

    /// <summary>After an attachment: the procedure's code, named in the confirmation.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Attached { get; set; }

    /// <summary>The question whose form was refused, to show the error beside its field.</summary>
    public Guid? Refused { get; private set; }

    public string? RefusedError => Refused is { } id ? ModelState[FieldName(id)]?.Errors.FirstOrDefault()?.ErrorMessage : null;

    public static string FieldName(Guid id) => $"procedure-{id:N}";

    public string NameOf(string code) => Procedures.FirstOrDefault(p => p.Code == code)?.Name ?? code;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAttachAsync(Guid id, string? procedure, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        procedure = procedure?.Trim();
        var l = this.Localizer();
        if (string.IsNullOrEmpty(procedure) || procedure.Length > 64 || !TextInput.IsSingleLine(procedure))
        {
            ModelState.AddModelError(FieldName(id), l["Xin chọn một thủ tục trong danh sách."]);
        }
        else if (!await review.AttachProcedureAsync(id, procedure, cancellationToken))
        {
            ModelState.AddModelError(FieldName(id), l["Không tìm thấy câu hỏi hoặc thủ tục này: xin tải lại trang và chọn lại."]);
        }
        else
        {
            return RedirectToPage(new { attached = procedure });
        }
        Refused = id;
        Attached = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Procedures = await db.Procedures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new ProcedureOption(p.Code, p.NameVi))
            .ToListAsync(cancellationToken);
        Questions = await review.ListToReviewAsync(Shown, cancellationToken);
    }
}
