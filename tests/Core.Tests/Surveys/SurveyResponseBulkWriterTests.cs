using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.Tests.Surveys;

public class SurveyResponseBulkWriterTests
{
    [Fact]
    public async Task WriteAsync_SeveralBatchesWithRepeatsAndATakenDossierCode_AddsEachNewRowOnceWithEveryColumn()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var touchpoint = await db.Touchpoints.Include(t => t.Counter).FirstAsync(t => t.CounterId != null);
        var at = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(7));
        SurveyResponse Response(int n) => new()
        {
            Id = Guid.CreateVersion7(),
            FormVersion = 1,
            TouchpointId = touchpoint.Id,
            CenterId = touchpoint.CenterId,
            CounterId = touchpoint.CounterId,
            DepartmentId = touchpoint.Counter!.DepartmentId,
            DossierCode = n % 2 == 0 ? $"HS-{n}" : null,
            Channel = "test",
            SubmittedAt = at.AddMinutes(n),
            QuickRating = QuickRating.Dissatisfied,
            DissatisfactionReasons = ["waited_long"],
            Answers = [.. Enumerable.Repeat((short)4, 21), 0],
            FormCompletedAt = at.AddMinutes(n + 2),
            Expectations = ["shorten_time", "facilities"],
            Comment = "Phải chờ đợi lâu",
            Gender = "female",
        };
        var responses = Enumerable.Range(0, 25).Select(Response).ToList();
        var takenCode = Response(100);
        takenCode.DossierCode = "HS-4";

        await using var connection = new NpgsqlConnection(connectionString);
        var first = await SurveyResponseBulkWriter.WriteAsync(connection, responses.Take(10), batchSize: 4);
        var second = await SurveyResponseBulkWriter.WriteAsync(connection, [.. responses, takenCode], batchSize: 7);

        Assert.Equal((10, 15), (first, second));
        var stored = await db.SurveyResponses.AsNoTracking().OrderBy(r => r.SubmittedAt).ToListAsync();
        Assert.Equal(responses.Select(r => r.Id), stored.Select(r => r.Id));
        var expected = responses[6];
        var actual = stored[6];
        Assert.Equal((expected.SubmittedAt, expected.FormCompletedAt, expected.DossierCode, expected.Comment, expected.Gender, expected.AgeBand),
            (actual.SubmittedAt, actual.FormCompletedAt, actual.DossierCode, actual.Comment, actual.Gender, actual.AgeBand));
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(expected.Expectations, actual.Expectations);
        Assert.Equal((expected.DepartmentId, expected.ProcedureId, expected.QuickRating), (actual.DepartmentId, actual.ProcedureId, actual.QuickRating));
    }
}
