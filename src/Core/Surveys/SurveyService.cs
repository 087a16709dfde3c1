using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.Surveys;

/// <summary>Stores survey answers. The hot path is one SQL statement: count the source, insert the response
/// (flagged when the source is over its soft limit), committed with the other submissions of the moment
/// (<see cref="SurveyResponseWriter"/>); everything else happens later, in jobs.</summary>
public class SurveyService(CchcDbContext db, SurveyResponseWriter writer, TouchpointLookup touchpoints, PersonalDataProtector hashing, TimeProvider clock)
{
    private const string DossierIndex = "ix_survey_responses_dossier_code";

    /// <param name="source">Identifies the sender for the soft limit (device cookie and address); hashed with a
    /// secret key and never stored with the response. Null for trusted integrations (a kiosk's many citizens).</param>
    public async Task<SurveySubmitResult> SubmitAsync(string token, SurveySubmission submission, string channel, string? source, CancellationToken cancellationToken = default)
    {
        var place = await touchpoints.FindCachedAsync(token, cancellationToken);
        if (place is null)
        {
            return SurveySubmitResult.Of(SurveySubmitOutcome.UnknownTouchpoint, submission.SubmissionId);
        }
        if (!place.IsActive)
        {
            return SurveySubmitResult.Of(SurveySubmitOutcome.RevokedTouchpoint, submission.SubmissionId);
        }
        var errors = SurveySubmissionValidator.Validate(submission, SurveyForms.Current);
        if (errors.Count > 0)
        {
            return new SurveySubmitResult(SurveySubmitOutcome.Invalid, submission.SubmissionId, errors);
        }

        var now = clock.GetUtcNow();
        var parameters = SurveyInsert.Parameters(submission, place, channel, now);
        if (source is not null)
        {
            parameters.AddRange(SurveyInsert.SourceParameters(hashing.LookupHash("survey-source|" + source), now));
        }
        try
        {
            if (await writer.ExecuteAsync(source is null ? SurveyInsert.Sql : SurveyInsert.CountingSourceSql, parameters, cancellationToken) == 1)
            {
                return SurveySubmitResult.Of(SurveySubmitOutcome.Created, submission.SubmissionId);
            }
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == DossierIndex)
        {
            return SurveySubmitResult.Invalid(submission.SubmissionId, DossierAlreadyRated);
        }
        return await SameAsStoredAsync(submission, place.Id, cancellationToken)
            ? SurveySubmitResult.Of(SurveySubmitOutcome.AlreadyStored, submission.SubmissionId)
            : SurveySubmitResult.Of(SurveySubmitOutcome.Conflict, submission.SubmissionId);
    }

    /// <summary>Adds the full form to a response that has only its quick rating. Doing it again with the same
    /// answers is harmless; a response whose form is already filled in is not changed.</summary>
    /// <param name="touchpointId">The touchpoint whose page posts the form: a response of another one is unknown here.</param>
    public async Task<SurveySubmitResult> CompleteFormAsync(Guid responseId, int touchpointId, SurveySubmission form, CancellationToken cancellationToken = default)
    {
        var response = await db.SurveyResponses.SingleOrDefaultAsync(r => r.Id == responseId && r.TouchpointId == touchpointId, cancellationToken);
        if (response is null)
        {
            return SurveySubmitResult.Of(SurveySubmitOutcome.UnknownResponse, responseId);
        }
        var complete = form with { SubmissionId = responseId, QuickRating = response.QuickRating, DissatisfactionReasons = response.DissatisfactionReasons, DossierCode = response.DossierCode };
        var errors = SurveySubmissionValidator.Validate(complete, SurveyForms.Current);
        if (form.Answers is null)
        {
            errors = [.. errors, new SurveyFieldError("answers", LocalizedText.Vi("Xin trả lời ít nhất một tiêu chí."))];
        }
        if (errors.Count > 0)
        {
            return new SurveySubmitResult(SurveySubmitOutcome.Invalid, responseId, errors);
        }
        if (response.Answers is not null)
        {
            return SurveySubmitResult.Of(response.Answers.SequenceEqual(form.Answers!) ? SurveySubmitOutcome.AlreadyStored : SurveySubmitOutcome.Conflict, responseId);
        }
        response.Answers = [.. form.Answers!];
        response.FormCompletedAt = clock.GetUtcNow();
        response.Expectations = [.. form.Expectations];
        response.Comment = Clean(form.Comment);
        response.RespondentType = Clean(form.RespondentType);
        response.Gender = Clean(form.Gender);
        response.AgeBand = Clean(form.AgeBand);
        await db.SaveChangesAsync(cancellationToken);
        return SurveySubmitResult.Of(SurveySubmitOutcome.Created, responseId);
    }

    /// <summary>Where a response stands, for the pages that follow it; null when it is not this touchpoint's.</summary>
    public Task<SurveyResponseState?> StateAsync(Guid responseId, int touchpointId, CancellationToken cancellationToken = default) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.Id == responseId && r.TouchpointId == touchpointId)
            .Select(r => new SurveyResponseState(r.QuickRating, r.Answers != null))
            .SingleOrDefaultAsync(cancellationToken);

    public static readonly SurveyFieldError DossierAlreadyRated = new("dossierCode",
        LocalizedText.Vi("Hồ sơ này đã được đánh giá. Mỗi hồ sơ được đánh giá một lần."));

    private async Task<bool> SameAsStoredAsync(SurveySubmission submission, int touchpointId, CancellationToken cancellationToken)
    {
        var stored = await db.SurveyResponses.AsNoTracking().SingleAsync(r => r.Id == submission.SubmissionId, cancellationToken);
        return stored.TouchpointId == touchpointId
            && stored.QuickRating == submission.QuickRating
            && stored.DossierCode == Clean(submission.DossierCode)
            && (submission.Answers is null || (stored.Answers is not null && stored.Answers.SequenceEqual(submission.Answers)));
    }

    private static string? Clean(string? text) => SurveyInsert.Clean(text);
}
