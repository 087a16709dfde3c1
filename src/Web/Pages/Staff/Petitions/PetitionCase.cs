using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>Everything staff see of one petition: its text and photos, where it came from, how it was routed and
/// its whole history. Never the sender's contact details.</summary>
public sealed record PetitionCase(
    Guid Id,
    string TrackingCode,
    string Title,
    string Text,
    PetitionKind Kind,
    PetitionKind FiledKind,
    PetitionStatus Status,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ClockPausedAt,
    int PausedWorkingDays,
    int ExtensionWorkingDays,
    string? AnswerText,
    DateTimeOffset? AnsweredAt,
    bool AnswerPublished,
    bool ConsentPublish,
    int Supporters,
    int? DepartmentId,
    string? DepartmentName,
    string? CenterName,
    string? CounterName,
    string? ProcedureCode,
    string? ProcedureName,
    int? FieldId,
    string? FieldName,
    string? DossierCode,
    string? RoutingRule,
    double? RoutingConfidence,
    string? RunnerUpName,
    bool NeedsTriage)
{
    public sealed record Photo(Guid Id, short Position, int Width, int Height, bool Redacted);

    public sealed record Step(DateTimeOffset At, PetitionEventKind Kind, string Actor, string? Reason, string? Data);

    public sealed record Redaction(long Id, RedactedPart Part, DateTimeOffset At, string By, string Reason);

    public IReadOnlyList<Photo> Photos { get; init; } = [];

    public IReadOnlyList<Step> History { get; init; } = [];

    public IReadOnlyList<Redaction> Redactions { get; init; } = [];

    /// <summary>Null when there is no such petition in the scope.</summary>
    public static async Task<PetitionCase?> LoadAsync(CchcDbContext db, string? code, DepartmentScope scope, CancellationToken cancellationToken)
    {
        var trackingCode = Core.Petitions.TrackingCode.Normalise(code);
        if (trackingCode is null)
        {
            return null;
        }
        var found = await db.Petitions.AsNoTracking().VisibleIn(scope)
            .Where(p => p.TrackingCode == trackingCode)
            .Select(p => new PetitionCase(
                p.Id, p.TrackingCode, p.Title, p.Text, p.Kind, p.FiledKind, p.Status, p.Channel, p.ReceivedAt, p.DueAt, p.ClockPausedAt,
                p.PausedWorkingDays, p.ExtensionWorkingDays, p.AnswerText, p.AnsweredAt, p.AnswerPublishedAt != null, p.ConsentPublish, p.Supporters,
                p.DepartmentId,
                p.Department == null ? null : p.Department.NameVi,
                p.Center == null ? null : p.Center.NameVi,
                db.Counters.Where(c => c.Id == p.CounterId).Select(c => c.NameVi).FirstOrDefault(),
                p.ProcedureCode,
                db.Procedures.Where(r => r.Id == p.ProcedureId).Select(r => r.NameVi).FirstOrDefault(),
                db.Procedures.Where(r => r.Id == p.ProcedureId).Select(r => (int?)r.FieldId).FirstOrDefault(),
                db.Procedures.Where(r => r.Id == p.ProcedureId).Select(r => r.Field.NameVi).FirstOrDefault(),
                p.DossierCode, p.RoutingRule, p.RoutingConfidence,
                db.Departments.Where(d => d.Id == p.RunnerUpDepartmentId).Select(d => d.NameVi).FirstOrDefault(),
                p.NeedsTriage))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        return found with
        {
            Photos = await db.PetitionPhotos.AsNoTracking().Where(p => p.PetitionId == found.Id).OrderBy(p => p.Position)
                .Select(p => new Photo(p.Id, p.Position, p.Width, p.Height, p.RedactedAt != null)).ToListAsync(cancellationToken),
            History = await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == found.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new Step(e.At, e.Kind, e.Actor, e.Reason, e.Data)).ToListAsync(cancellationToken),
            Redactions = scope.IsAll
                ? await db.PetitionRedactions.AsNoTracking().Where(r => r.PetitionId == found.Id).OrderBy(r => r.Id)
                    .Select(r => new Redaction(r.Id, r.Part, r.RedactedAt, r.RedactedBy, r.Reason)).ToListAsync(cancellationToken)
                : [],
        };
    }
}
