using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Retention;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using CchcFeedback.Web.Infrastructure;
using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>The petition form in two steps that need no JavaScript: what it is about (kind, title, text); then
/// similar open petitions to add one's voice to, the details, photos and contact, and send.</summary>
[EnableRateLimiting(RateLimiting.PetitionSubmitPolicy)]
public class FormModel(PetitionService petitions, TouchpointLookup touchpoints, SurveyService surveys, CchcDbContext db,
    IOptions<PetitionRetentionOptions> retention) : PageModel
{
    /// <summary>The procedure field's <c>maxlength</c>: a longer code in a link is not one of ours.</summary>
    private const int ProcedureCodeMaxLength = 64;

    [BindProperty]
    public PetitionInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Photos { get; set; } = [];

    public TouchpointPlace? Place { get; private set; }

    /// <summary>1: what it is about; 2: similar petitions, details and contact.</summary>
    public int Step { get; private set; } = 1;

    public IReadOnlyList<SimilarPetition> Similar { get; private set; } = [];

    public bool PhotosToChooseAgain { get; private set; }

    /// <summary>What the privacy note promises: the retention period in force, not a figure written in the page.</summary>
    public int ContactMonthsAfterClosing => retention.Value.ContactMonthsAfterClosing;


    /// <param name="procedure">A procedure's code, from the assistant's or a procedure page's "Gửi phản ánh":
    /// kept only when the catalog has it.</param>
    /// <param name="text">The question the assistant was asked, as the petition's text: kept only when clean,
    /// and cut to the form's limit.</param>
    public async Task<IActionResult> OnGetAsync(string? token, Guid? response, string? procedure, string? text, CancellationToken cancellationToken)
    {
        if (await LoadPlaceAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }
        Input.SubmissionId = Guid.NewGuid();
        if (Place is { ProcedureId: { } procedureId })
        {
            Input.ProcedureCode = await db.Procedures.Where(p => p.Id == procedureId).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken);
        }
        procedure = procedure?.Trim();
        if (procedure is { Length: > 0 and <= ProcedureCodeMaxLength } && TextInput.IsSingleLine(procedure)
            && await db.Procedures.Where(p => p.Code == procedure).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken) is { } known)
        {
            Input.ProcedureCode = known;
        }
        Input.Text = PrefilledText(text);
        // From the survey's low-rating offer: the petition is linked to that answer.
        if (Place is not null && response is { } responseId && await surveys.StateAsync(responseId, Place.Id, cancellationToken) is { } state)
        {
            Input.SurveyResponseId = responseId;
            Input.Kind = state.QuickRating == QuickRating.Dissatisfied ? PetitionKind.PhanAnh : null;
        }
        return Page();
    }

    /// <summary>First step done: check it, then show similar open petitions and the rest of the form.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (await LoadPlaceAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }
        ModelState.Clear();
        var errors = PetitionValidator.Validate(Input.ToSubmission([])).Where(e => PetitionInput.FirstStepFields.Contains(e.Field)).ToList();
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }
        Step = 2;
        Similar = await petitions.FindSimilarAsync(Place?.CenterId, Input.Title, Input.Text, cancellationToken);
        return Page();
    }

    /// <summary>Back to the first step with what was written.</summary>
    public async Task<IActionResult> OnPostEditAsync(string? token, CancellationToken cancellationToken)
    {
        if (await LoadPlaceAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(string? token, CancellationToken cancellationToken)
    {
        if (await LoadPlaceAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }
        ModelState.Clear();
        var uploads = new List<PhotoUpload>();
        foreach (var file in Photos.Where(f => f.Length > 0))
        {
            // Read at most one byte past the limit: enough to know it is too large without holding it all.
            using var stream = file.OpenReadStream();
            var buffer = new byte[Math.Min(file.Length, PetitionLimits.MaxPhotoBytes + 1)];
            await stream.ReadExactlyAsync(buffer, cancellationToken);
            uploads.Add(new PhotoUpload(file.FileName, buffer));
        }
        var origin = Place is null ? PetitionOrigin.Website : new PetitionOrigin(Place.Token);
        var result = await petitions.SubmitAsync(Input.ToSubmission(uploads), origin, PetitionChannel.Web, cancellationToken);
        switch (result.Outcome)
        {
            case PetitionSubmitOutcome.Created or PetitionSubmitOutcome.AlreadyStored:
                return Redirect($"/petition/receipt/{result.TrackingCode}");
            case PetitionSubmitOutcome.Invalid:
                AddErrors(result.Errors);
                if (result.Errors.Contains(PetitionService.UnknownSurveyResponse))
                {
                    // The link cannot be mended by the citizen: dropped, so that sending again works.
                    Input.SurveyResponseId = null;
                }
                Step = result.Errors.Any(e => PetitionInput.FirstStepFields.Contains(e.Field)) ? 1 : 2;
                PhotosToChooseAgain = uploads.Count > 0;
                return Page();
            case PetitionSubmitOutcome.Conflict:
                // The same form was sent before with other words: start a fresh one rather than overwrite.
                Input.SubmissionId = Guid.NewGuid();
                var l = this.Localizer();
                ModelState.AddModelError(string.Empty, l["Biểu mẫu này đã được gửi với nội dung khác. Xin kiểm tra và gửi lại."]);
                Step = 2;
                return Page();
            default:
                return Redirect(Place is null ? "/" : $"/q/{Place.Token}");
        }
    }

    /// <summary>"Add my voice" to a similar open petition instead of filing the same one again.</summary>
    public async Task<IActionResult> OnPostSupportAsync(string? token, Guid supportId, CancellationToken cancellationToken)
    {
        if (await LoadPlaceAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }
        var code = await petitions.SupportAsync(supportId, Input.SubmissionId, cancellationToken);
        return code is null ? NotFound() : Redirect($"/petition/receipt/{code}?supported=true");
    }

    private static string? PrefilledText(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || !TextInput.IsFreeText(text))
        {
            return null;
        }
        return text.Length <= PetitionLimits.TextMaxLength ? text : TextInput.Cut(text, PetitionLimits.TextMaxLength).TrimEnd();
    }

    private async Task<IActionResult?> LoadPlaceAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null)
        {
            return null;
        }
        Place = await touchpoints.FindAsync(token, cancellationToken);
        return Place switch
        {
            null => NotFound(),
            // The landing page explains a revoked code: where it was, and whether a new one is up.
            { IsActive: false } => Redirect($"/q/{Place.Token}"),
            _ => null,
        };
    }

    private void AddErrors(IEnumerable<PetitionFieldError> errors)
    {
        foreach (var error in errors)
        {
            this.AddError(PetitionInput.FieldNames.GetValueOrDefault(error.Field, string.Empty), error.Message);
        }
    }
}
