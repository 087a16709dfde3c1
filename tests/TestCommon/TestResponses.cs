using CchcFeedback.Core.Satisfaction;
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

    /// <summary>Quick ratings of one channel at a counter on a local day, as the rollup leaves them once folded into
    /// the tallies (or not yet folded); the tallies themselves are written apart (<see cref="SatisfactionCountRows"/>).</summary>
    public static async Task AddCountedAsync(string connectionString, SatisfactionCountRows.Place place, int touchpointId, DateOnly day,
        string channel, int count, bool counted = true)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        db.SurveyResponses.AddRange(Enumerable.Range(0, count).Select(_ =>
        {
            var response = At(touchpointId, place.CenterId, place.CounterId, place.DepartmentId, at, QuickRating.VerySatisfied);
            response.Channel = channel;
            response.Counted = counted ? RollupState.QuickRating : RollupState.Nothing;
            return response;
        }));
        await db.SaveChangesAsync();
    }
}
