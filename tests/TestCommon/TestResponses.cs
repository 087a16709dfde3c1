using CchcFeedback.Core.Surveys;

namespace CchcFeedback.TestCommon;

/// <summary>Survey responses to write straight into survey_responses, as the statistics tests need them: at a
/// given instant, place and rating, bypassing the submission rules.</summary>
public static class TestResponses
{
    public static SurveyResponse At(int touchpointId, int centerId, int? counterId, int? departmentId, DateTimeOffset submittedAt,
        QuickRating rating, short[]? answers = null, bool flagged = false) => new()
        {
            Id = Guid.NewGuid(),
            FormVersion = SurveyForms.Current.Version,
            TouchpointId = touchpointId,
            CenterId = centerId,
            CounterId = counterId,
            DepartmentId = departmentId,
            Channel = "web",
            SubmittedAt = submittedAt.ToUniversalTime(),
            QuickRating = rating,
            Answers = answers,
            FormCompletedAt = answers is null ? null : submittedAt.ToUniversalTime(),
            Flagged = flagged,
        };
}
