using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

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
        var parameters = ResponseParameters(submission, place, channel, now);
        if (source is not null)
        {
            var windowTicks = SurveyLimits.SourceWindow.Ticks;
            parameters.Add(new NpgsqlParameter<byte[]>("source_hash", hashing.LookupHash("survey-source|" + source)));
            parameters.Add(new NpgsqlParameter<DateTimeOffset>("window_start", new DateTimeOffset(now.UtcTicks / windowTicks * windowTicks, TimeSpan.Zero)));
            parameters.Add(new NpgsqlParameter<int>("soft_limit", SurveyLimits.SoftLimitPerSource));
        }
        try
        {
            if (await writer.ExecuteAsync(source is null ? InsertSql : InsertCountingSourceSql, parameters, cancellationToken) == 1)
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

    private static List<NpgsqlParameter> ResponseParameters(SurveySubmission s, TouchpointPlace place, string channel, DateTimeOffset now)
    {
        var parameters = new List<NpgsqlParameter>();
        parameters.Add(new NpgsqlParameter<Guid>("id", s.SubmissionId));
        parameters.Add(new NpgsqlParameter<int>("form_version", SurveyForms.Current.Version));
        parameters.Add(new NpgsqlParameter<int>("touchpoint_id", place.Id));
        parameters.Add(new NpgsqlParameter<int>("center_id", place.CenterId));
        parameters.Add(Nullable("counter_id", place.CounterId, NpgsqlDbType.Integer));
        parameters.Add(Nullable("department_id", place.DepartmentId, NpgsqlDbType.Integer));
        parameters.Add(Nullable("procedure_id", place.ProcedureId, NpgsqlDbType.Integer));
        parameters.Add(Nullable("dossier_code", Clean(s.DossierCode), NpgsqlDbType.Text));
        parameters.Add(new NpgsqlParameter<string>("channel", channel));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("submitted_at", now));
        parameters.Add(new NpgsqlParameter<short>("quick_rating", (short)s.QuickRating!.Value));
        parameters.Add(new NpgsqlParameter<string[]>("reasons", [.. s.DissatisfactionReasons]));
        parameters.Add(Nullable("answers", s.Answers?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint));
        parameters.Add(Nullable("form_completed_at", s.Answers is null ? (DateTimeOffset?)null : now, NpgsqlDbType.TimestampTz));
        parameters.Add(new NpgsqlParameter<string[]>("expectations", [.. s.Expectations]));
        parameters.Add(Nullable("comment", Clean(s.Comment), NpgsqlDbType.Text));
        parameters.Add(Nullable("respondent_type", Clean(s.RespondentType), NpgsqlDbType.Text));
        parameters.Add(Nullable("gender", Clean(s.Gender), NpgsqlDbType.Text));
        parameters.Add(Nullable("age_band", Clean(s.AgeBand), NpgsqlDbType.Text));
        return parameters;
    }

    private static NpgsqlParameter Nullable(string name, object? value, NpgsqlDbType type) =>
        new(name, type) { Value = value ?? DBNull.Value };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private const string Columns =
        "id, form_version, touchpoint_id, center_id, counter_id, department_id, procedure_id, dossier_code, channel, submitted_at, " +
        "quick_rating, dissatisfaction_reasons, answers, form_completed_at, expectations, comment, respondent_type, gender, age_band, flagged";

    private const string Values =
        "@id, @form_version, @touchpoint_id, @center_id, @counter_id, @department_id, @procedure_id, @dossier_code, @channel, @submitted_at, " +
        "@quick_rating, @reasons, @answers, @form_completed_at, @expectations, @comment, @respondent_type, @gender, @age_band";

    private const string InsertSql = $"INSERT INTO survey_responses ({Columns}) VALUES ({Values}, false) ON CONFLICT (id) DO NOTHING";

    private const string InsertCountingSourceSql = $"""
        WITH source AS (
            INSERT INTO survey_sources (source_hash, touchpoint_id, window_start, count) VALUES (@source_hash, @touchpoint_id, @window_start, 1)
            ON CONFLICT (source_hash, touchpoint_id, window_start) DO UPDATE SET count = survey_sources.count + 1
            RETURNING count)
        INSERT INTO survey_responses ({Columns}) SELECT {Values}, (SELECT count FROM source) > @soft_limit
        ON CONFLICT (id) DO NOTHING
        """;
}
