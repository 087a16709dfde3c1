using System.Text.Json;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CchcFeedback.Core.Petitions;

/// <summary>Receives petitions: checks them, stores each one once with its photos, its first event and the notice to
/// its sender in one transaction, then nudges the routing and delivery jobs. Also finds similar open petitions and
/// adds a citizen's voice to one.</summary>
public partial class PetitionService(
    CchcDbContext db,
    TouchpointLookup touchpoints,
    PersonalDataProtector protector,
    IPetitionRoutingQueue routing,
    PetitionNotifications notifications,
    OutboxDeliveryQueue delivery,
    DatabaseRetry retry,
    TimeProvider clock,
    ILogger<PetitionService> logger)
{
    private const string SubmissionIndex = "ix_petitions_submission_id";
    private const string TrackingCodeIndex = "ix_petitions_tracking_code";

    public static readonly IReadOnlyList<PetitionStatus> OpenStatuses =
        [PetitionStatus.Received, PetitionStatus.Routed, PetitionStatus.Accepted, PetitionStatus.Returned, PetitionStatus.InfoRequested];

    private static readonly PetitionKind[] SharedKinds = [PetitionKind.PhanAnh, PetitionKind.KienNghi, PetitionKind.GopY];

    /// <summary>Tried once more when the database was restarting: a petition is stored once per submission id, so
    /// a second try finds the first one's petition if that one reached the disk after all.</summary>
    public async Task<PetitionSubmitResult> SubmitAsync(PetitionSubmission submission, PetitionOrigin origin, string channel, CancellationToken cancellationToken = default)
    {
        var attempt = 0;
        return await retry.OnceMoreAsync("Receiving a petition", () =>
        {
            if (attempt++ > 0)
            {
                // The failed try's petition is still tracked as added: the second try starts afresh.
                db.ChangeTracker.Clear();
            }
            return SubmitOnceAsync(submission, origin, channel, cancellationToken);
        }, cancellationToken);
    }

    private async Task<PetitionSubmitResult> SubmitOnceAsync(PetitionSubmission submission, PetitionOrigin origin, string channel, CancellationToken cancellationToken)
    {
        var place = await PetitionPlace.ResolveAsync(db, touchpoints, origin, cancellationToken);
        if (place.Outcome is { } refused)
        {
            return PetitionSubmitResult.Of(refused);
        }
        if (await StoredAsync(submission, cancellationToken) is { } stored)
        {
            return stored;
        }
        var errors = PetitionValidator.Validate(submission).Concat(place.Errors).ToList();
        var procedure = await ProcedureAsync(submission.ProcedureCode, place.ProcedureId, errors, cancellationToken);
        var photos = SanitizePhotos(submission.Photos, errors);
        if (submission.SurveyResponseId is { } responseId && !await IsSurveyResponseOfAsync(responseId, place.TouchpointId, cancellationToken))
        {
            errors.Add(UnknownSurveyResponse);
        }
        if (errors.Count > 0)
        {
            return PetitionSubmitResult.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        var petition = NewPetition(submission, place, procedure, channel, now);
        petition.Photos.AddRange(photos.Select((photo, index) => new PetitionPhoto
        {
            Id = Guid.CreateVersion7(now),
            Position = (short)(index + 1),
            ContentType = photo.ContentType,
            SizeBytes = photo.Bytes.Length,
            Width = photo.Width,
            Height = photo.Height,
            Bytes = photo.Bytes,
        }));
        var receivedAsRemark = petition.Kind != petition.FiledKind;
        var notified = false;
        for (var attempt = 1; ; attempt++)
        {
            db.Petitions.Add(petition);
            db.PetitionEvents.Add(new PetitionEvent
            {
                PetitionId = petition.Id,
                At = now,
                Kind = PetitionEventKind.Received,
                Actor = CitizenFollowUp.Actor,
                Reason = receivedAsRemark ? "Gửi không kèm thông tin liên hệ: tiếp nhận dưới dạng góp ý (PETITIONS.md)" : null,
                Data = JsonSerializer.Serialize(new { channel, filedKind = PetitionKinds.Code(petition.FiledKind), photos = photos.Count, receivedAsRemark }),
            });
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                notified = await notifications.ReceivedAsync(petition.Id, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (unique.ConstraintName == SubmissionIndex)
                {
                    // The same form, sent twice at once: the other request stored it.
                    return await StoredAsync(submission, cancellationToken) ?? throw new InvalidOperationException("Stored petition vanished.", exception);
                }
                if (unique.ConstraintName != TrackingCodeIndex || attempt == 3)
                {
                    throw;
                }
                petition.TrackingCode = TrackingCode.New();
            }
        }
        LogReceived(petition.Id, PetitionKinds.Code(petition.Kind), channel);
        Nudge(petition.Id);
        if (notified)
        {
            delivery.Nudge();
        }
        return PetitionSubmitResult.Stored(PetitionSubmitOutcome.Created, petition);
    }

    /// <summary>Open petitions of the same center (or, with no center, from the website) that read like this one,
    /// most similar first. Only those whose senders agreed to publication are offered, and never a complaint or a
    /// denunciation: their senders are protected.</summary>
    public async Task<IReadOnlyList<SimilarPetition>> FindSimilarAsync(int? centerId, string? title, string? text, CancellationToken cancellationToken = default)
    {
        var query = VietnameseText.Fold($"{title} {text}");
        if (query.Length < PetitionLimits.TitleMinLength)
        {
            return [];
        }
        // `%` lets the trigram index find candidates at pg_trgm's default threshold (0.3); ours is stricter, as
        // petitions share many everyday words.
        return await db.Petitions.AsNoTracking()
            .Where(p => EF.Functions.TrigramsAreSimilar(p.SearchText, query)
                && EF.Functions.TrigramsSimilarity(p.SearchText, query) >= PetitionLimits.SimilarityThreshold
                && p.CenterId == centerId && p.ConsentPublish
                && OpenStatuses.Contains(p.Status) && SharedKinds.Contains(p.Kind))
            .OrderByDescending(p => EF.Functions.TrigramsSimilarity(p.SearchText, query))
            .Take(PetitionLimits.SimilarSuggestions)
            .Select(p => new SimilarPetition(p.Id, p.TrackingCode, p.Title, p.Supporters, EF.Functions.TrigramsSimilarity(p.SearchText, query)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds one citizen's voice to an open petition: one 'supported' event per submission (a form posted
    /// twice counts once) and one more supporter, in one statement. Returns the petition's tracking code, or null
    /// when it is not an open petition that can be supported.</summary>
    public async Task<string?> SupportAsync(Guid petitionId, Guid submissionId, CancellationToken cancellationToken = default)
    {
        if (submissionId == Guid.Empty)
        {
            return null;
        }
        var target = await db.Petitions.AsNoTracking()
            .Where(p => p.Id == petitionId && OpenStatuses.Contains(p.Status) && SharedKinds.Contains(p.Kind))
            .Select(p => p.TrackingCode).SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var kind = SnakeCaseEnum.ToName(PetitionEventKind.Supported);
        await db.Database.ExecuteSqlAsync($"""
            WITH supported AS (
                INSERT INTO petition_events (petition_id, at, kind, actor, submission_id) VALUES ({petitionId}, {now}, {kind}, 'citizen', {submissionId})
                ON CONFLICT (submission_id) DO NOTHING
                RETURNING petition_id)
            UPDATE petitions SET supporters = supporters + 1 WHERE id IN (SELECT petition_id FROM supported)
            """, cancellationToken);
        return target;
    }

    public static readonly PetitionFieldError UnknownSurveyResponse = new("surveyResponseId",
        LocalizedText.Vi("Không tìm thấy lượt đánh giá gắn với ý kiến này (có thể đã quá hạn). Ý kiến sẽ được gửi không kèm lượt đánh giá: xin bấm Gửi lại."));

    /// <summary>A posted survey response id is never trusted: it must be a recent answer given at the same QR
    /// touchpoint the petition comes from, as the low-rating offer links them.</summary>
    private async Task<bool> IsSurveyResponseOfAsync(Guid responseId, int? touchpointId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - PetitionLimits.SurveyLinkValidFor;
        return touchpointId is { } id
            && await db.SurveyResponses.AnyAsync(r => r.Id == responseId && r.TouchpointId == id && r.SubmittedAt >= since, cancellationToken);
    }

    private async Task<PetitionSubmitResult?> StoredAsync(PetitionSubmission submission, CancellationToken cancellationToken)
    {
        var stored = await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.SubmissionId == submission.SubmissionId, cancellationToken);
        if (stored is null)
        {
            return null;
        }
        return stored.Title == PetitionValidator.Clean(submission.Title) && stored.Text == PetitionValidator.Clean(submission.Text)
            ? PetitionSubmitResult.Stored(PetitionSubmitOutcome.AlreadyStored, stored)
            : PetitionSubmitResult.Of(PetitionSubmitOutcome.Conflict);
    }

    private async Task<(int Id, string Code)?> ProcedureAsync(string? typed, int? placeProcedureId, List<PetitionFieldError> errors, CancellationToken cancellationToken)
    {
        var code = PetitionValidator.Clean(typed);
        if (code is null)
        {
            return placeProcedureId is { } id
                ? (id, await db.Procedures.Where(p => p.Id == id).Select(p => p.Code).SingleAsync(cancellationToken))
                : null;
        }
        if (errors.Any(e => e.Field == "procedureCode"))
        {
            return null;
        }
        var upper = code.ToUpperInvariant();
        var found = await db.Procedures.Where(p => p.Code == code || p.Code.ToUpper() == upper)
            .Select(p => new { p.Id, p.Code }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            errors.Add(new PetitionFieldError("procedureCode",
                LocalizedText.Vi("Không có thủ tục mã \"{0}\" trong danh mục. Xin kiểm tra lại, hoặc để trống.", code)));
            return null;
        }
        return (found.Id, found.Code);
    }

    private static List<SanitizedPhoto> SanitizePhotos(IReadOnlyList<PhotoUpload> uploads, List<PetitionFieldError> errors)
    {
        var photos = new List<SanitizedPhoto>();
        foreach (var upload in uploads.Take(PetitionLimits.MaxPhotos))
        {
            var result = PhotoSanitizer.Sanitize(upload.Bytes);
            if (result.Photo is { } photo)
            {
                photos.Add(photo);
                continue;
            }
            var name = Path.GetFileName(upload.FileName);
            const int Megabytes = PetitionLimits.MaxPhotoBytes / 1024 / 1024;
            errors.Add(result.Problem == PhotoProblem.TooLarge
                ? new PetitionFieldError("photos", LocalizedText.Vi("Ảnh \"{0}\" lớn quá {1} MB.", name, Megabytes))
                : new PetitionFieldError("photos", LocalizedText.Vi("Tệp \"{0}\" không phải là ảnh. Chỉ nhận ảnh JPEG, PNG hoặc WebP.", name)));
        }
        return photos;
    }

    private Petition NewPetition(PetitionSubmission s, PetitionPlace place, (int Id, string Code)? procedure, string channel, DateTimeOffset now)
    {
        var filed = s.Kind!.Value;
        var title = PetitionValidator.Clean(s.Title)!;
        var text = PetitionValidator.Clean(s.Text)!;
        var phone = PetitionValidator.NormalisePhone(s.ContactPhone);
        return new Petition
        {
            Id = Guid.CreateVersion7(now),
            SubmissionId = s.SubmissionId,
            TrackingCode = TrackingCode.New(),
            FiledKind = filed,
            // Decree 20/2008 needs the sender's identity for a phản ánh or kiến nghị: without it, a góp ý.
            Kind = s.HasContact ? filed : PetitionKind.GopY,
            Title = title,
            Text = text,
            SearchText = VietnameseText.Fold($"{title} {text}"),
            Channel = channel,
            TouchpointId = place.TouchpointId,
            CenterId = place.CenterId,
            CounterId = place.CounterId,
            ProcedureId = procedure?.Id,
            ProcedureCode = procedure?.Code,
            DossierCode = PetitionValidator.Clean(s.DossierCode),
            SurveyResponseId = s.SurveyResponseId,
            ContactName = Protect(s.ContactName),
            ContactPhone = Protect(phone),
            ContactEmail = Protect(s.ContactEmail),
            ContactAddress = Protect(s.ContactAddress),
            ContactPhoneHash = phone is null ? null : protector.LookupHash(phone),
            ConsentContact = s.HasContact && s.ConsentContact,
            ConsentPublish = s.ConsentPublish,
            ProtectedChannelUser = Protect(s.ChannelUserId),
            Status = PetitionStatus.Received,
            ReceivedAt = now,
        };
    }

    private byte[]? Protect(string? value) => PetitionValidator.Clean(value) is { } clean ? protector.Protect(clean) : null;

    private void Nudge(Guid petitionId)
    {
        try
        {
            routing.Enqueue(petitionId);
        }
        catch (Exception exception)
        {
            // Stored is what counts: the routing sweep finds petitions still "received".
            LogNudgeFailed(exception, petitionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition {PetitionId} received ({Kind}, {Channel})")]
    private partial void LogReceived(Guid petitionId, string kind, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Petition {PetitionId}: the routing job could not be enqueued; the sweep will route it")]
    private partial void LogNudgeFailed(Exception exception, Guid petitionId);
}
