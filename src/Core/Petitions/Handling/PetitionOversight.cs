using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>What only a manager may do with a petition: reassign it, extend its deadline, redact its text or a
/// photo. Same rules as <see cref="PetitionHandling"/>: one transaction, one event, a retried form done once.</summary>
public class PetitionOversight(CchcDbContext db, PetitionActionRunner runner, RedactedOriginals originals)
{
    public Task<PetitionActionResult> ReassignAsync(PetitionAction action, int? departmentId, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = HandlingInput.Reason(reason, required: false);
        if (HandlingInput.Department(departmentId) is { } missing)
        {
            errors.Insert(0, missing);
        }
        if (Refusal(action, errors) is { } refused)
        {
            return Task.FromResult(refused);
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể giao lại: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Reassigned, HandlingTransitions.Reassign,
            (petition, context) => DepartmentMove.ApplyAsync(db, petition, departmentId!.Value, PetitionValidator.Clean(reason), context)), cancellationToken);
    }

    public Task<PetitionActionResult> ExtendDeadlineAsync(PetitionAction action, int? workingDays, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = HandlingInput.Reason(reason);
        if (workingDays is not (>= 1 and <= HandlingLimits.MaxExtensionWorkingDays))
        {
            errors.Insert(0, new PetitionFieldError("days",
                LocalizedText.Vi("Số ngày gia hạn là từ 1 đến {0} ngày làm việc.", HandlingLimits.MaxExtensionWorkingDays)));
        }
        if (Refusal(action, errors) is { } refused)
        {
            return Task.FromResult(refused);
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể gia hạn: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Extended, HandlingTransitions.Extend,
            (petition, context) =>
            {
                var before = petition.DueAt;
                petition.ExtensionWorkingDays += workingDays!.Value;
                petition.ExtensionReason = reason!.Trim();
                PetitionActionRunner.RecomputeDeadline(petition, context.Calendar);
                return PetitionStepOutcome.RecordedAsync(petition.ExtensionReason, new { days = workingDays, before, dueAt = petition.DueAt });
            }), cancellationToken);
    }

    /// <summary>Replaces the title and text with the manager's redacted versions; each part that changed keeps its
    /// original apart. The search text follows, so a redacted word cannot be found either.</summary>
    public Task<PetitionActionResult> RedactTextAsync(PetitionAction action, string? title, string? text, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = HandlingInput.Reason(reason);
        void Fail(string field, LocalizedText message) => errors.Add(new PetitionFieldError(field, message));
        PetitionValidator.CheckLength(title, 1, PetitionLimits.TitleMaxLength, "title", PetitionValidator.TitleWords, Fail);
        PetitionValidator.CheckLength(text, 1, PetitionLimits.TextMaxLength, "text", PetitionValidator.TextWords, Fail);
        if (Refusal(action, errors) is { } refused)
        {
            return Task.FromResult(refused);
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể che nội dung: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Redacted, HandlingTransitions.Redact,
            (petition, context) =>
            {
                var newTitle = title!.Trim();
                var newText = text!.Trim();
                var parts = new List<string>();
                if (newTitle != petition.Title)
                {
                    Keep(petition, RedactedPart.Title, originals.Protect(petition.Title), reason!, context, action.Actor);
                    petition.Title = newTitle;
                    parts.Add("title");
                }
                if (newText != petition.Text)
                {
                    Keep(petition, RedactedPart.Text, originals.Protect(petition.Text), reason!, context, action.Actor);
                    petition.Text = newText;
                    parts.Add("text");
                }
                if (parts.Count == 0)
                {
                    return Task.FromResult(PetitionStepOutcome.Refused("text", LocalizedText.Vi("Tiêu đề và nội dung chưa thay đổi: không có gì để che.")));
                }
                petition.SearchText = VietnameseText.Fold($"{petition.Title} {petition.Text}");
                return PetitionStepOutcome.RecordedAsync(reason!.Trim(), new { parts });
            }), cancellationToken);
    }

    /// <summary>Takes a photo out of the petition: staff then see that a photo was redacted, managers can open the
    /// original (audited).</summary>
    public Task<PetitionActionResult> RedactPhotoAsync(PetitionAction action, Guid photoId, string? reason, CancellationToken cancellationToken = default)
    {
        if (Refusal(action, HandlingInput.Reason(reason)) is { } refused)
        {
            return Task.FromResult(refused);
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể che ảnh: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Redacted, HandlingTransitions.Redact,
            async (petition, context) =>
            {
                var photo = await db.PetitionPhotos.SingleOrDefaultAsync(p => p.Id == photoId && p.PetitionId == petition.Id, cancellationToken);
                if (photo is null or { RedactedAt: not null })
                {
                    return PetitionStepOutcome.Refused("photo", LocalizedText.Vi("Không có ảnh này, hoặc ảnh đã được che."));
                }
                Keep(petition, RedactedPart.Photo, originals.Protect(photo.Bytes), reason!, context, action.Actor, photo);
                photo.Bytes = [];
                photo.SizeBytes = 0;
                photo.RedactedAt = context.Now;
                return PetitionStepOutcome.Recorded(reason!.Trim(), new { parts = new[] { "photo" }, position = photo.Position });
            }), cancellationToken);
    }

    private void Keep(Petition petition, RedactedPart part, byte[] original, string reason, PetitionStepContext context, string actor, PetitionPhoto? photo = null) =>
        db.PetitionRedactions.Add(new PetitionRedaction
        {
            PetitionId = petition.Id,
            Part = part,
            PhotoId = photo?.Id,
            ContentType = photo?.ContentType,
            RedactedAt = context.Now,
            RedactedBy = actor,
            Reason = reason.Trim(),
            Original = original,
        });

    /// <summary>Managers only (Core checks it too, whatever the page does); then the input.</summary>
    private static PetitionActionResult? Refusal(PetitionAction action, IReadOnlyList<PetitionFieldError> errors) =>
        HandlingInput.NotManager(action) is { } notManager ? PetitionActionResult.Refused(notManager)
        : errors.Count > 0 ? PetitionActionResult.Invalid(errors)
        : null;
}
