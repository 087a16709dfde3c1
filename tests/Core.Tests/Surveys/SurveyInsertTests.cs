using CchcFeedback.Core.Data;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.Tests.Surveys;

public class SurveyInsertTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 30, 15, 123, TimeSpan.Zero);

    private static SurveySubmission Submission() => new()
    {
        SubmissionId = Guid.CreateVersion7(),
        QuickRating = QuickRating.Dissatisfied,
        DissatisfactionReasons = ["waited_long", "unclear_guidance"],
        Answers = [.. Enumerable.Repeat((short)4, 21), 0],
        Expectations = ["shorten_time"],
        Comment = "Phải chờ lâu, 'rất' lâu",
        DossierCode = "HS-001",
        Gender = "female",
    };

    private static async Task<int> RunAsync(NpgsqlConnection connection, string sql, IEnumerable<NpgsqlParameter> parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync();
    }

    private static List<NpgsqlParameter> Parameters(SurveySubmission submission, TouchpointPlace place) =>
        [.. SurveyInsert.Parameters(submission, place, "qr", At), .. SurveyInsert.SourceParameters([1, 2, 3, 0x27], At)];

    private static async Task<TouchpointPlace> PlaceAsync(CchcDbContext db)
    {
        var touchpoint = await db.Touchpoints.Include(t => t.Counter).FirstAsync(t => t.CounterId != null);
        return new TouchpointPlace(touchpoint.Id, touchpoint.Token, true, false, touchpoint.CenterId, "", "", null,
            touchpoint.CounterId, null, null, touchpoint.Counter!.DepartmentId, null);
    }

    [Fact]
    public async Task Inline_CountingSourceStatement_StoresTheRowTheParametersStore()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var place = await PlaceAsync(db);
        var (bound, inlined) = (Submission(), Submission() with { DossierCode = "HS-002" });
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var boundRows = await RunAsync(connection, SurveyInsert.CountingSourceSql, Parameters(bound, place));
        var inlinedRows = await RunAsync(connection, SurveyInsert.Inline(SurveyInsert.CountingSourceSql, Parameters(inlined, place), new Dictionary<string, string>()), []);

        Assert.Equal((1, 1), (boundRows, inlinedRows));
        var rows = await db.SurveyResponses.AsNoTracking().OrderBy(r => r.DossierCode).ToListAsync();
        Assert.Equal([bound.SubmissionId, inlined.SubmissionId], rows.Select(r => r.Id));
        var (a, b) = (rows[0], rows[1]);
        Assert.Equal(
            (a.FormVersion, a.TouchpointId, a.CenterId, a.CounterId, a.DepartmentId, a.ProcedureId, a.Channel, a.SubmittedAt, a.QuickRating, a.FormCompletedAt, a.Comment, a.RespondentType, a.Gender, a.AgeBand, a.Flagged),
            (b.FormVersion, b.TouchpointId, b.CenterId, b.CounterId, b.DepartmentId, b.ProcedureId, b.Channel, b.SubmittedAt, b.QuickRating, b.FormCompletedAt, b.Comment, b.RespondentType, b.Gender, b.AgeBand, b.Flagged));
        Assert.Equal(a.DissatisfactionReasons, b.DissatisfactionReasons);
        Assert.Equal(a.Answers, b.Answers);
        Assert.Equal(a.Expectations, b.Expectations);
        Assert.Equal("Phải chờ lâu, 'rất' lâu", b.Comment);
        // Both counted against the same source and window.
        Assert.Equal(2, await db.SurveySources.AsNoTracking().Select(s => s.Count).SingleAsync());
    }

    [Fact]
    public async Task Inline_OverTheSoftLimit_FlagsAsTheApiDoes()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var place = await PlaceAsync(db);
        var generated = new Dictionary<string, string> { ["id"] = "gen_random_uuid()", ["submitted_at"] = "now()" };
        var script = SurveyInsert.Inline(SurveyInsert.CountingSourceSql, Parameters(new SurveySubmission { QuickRating = QuickRating.Satisfied }, place), generated);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        for (var i = 0; i <= SurveyLimits.SoftLimitPerSource; i++)
        {
            await RunAsync(connection, script, []);
        }

        // The first SoftLimitPerSource of the source's window pass; the next is flagged.
        var flagged = await db.SurveyResponses.AsNoTracking().GroupBy(r => r.Flagged).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal((SurveyLimits.SoftLimitPerSource, 1), (flagged[false], flagged[true]));
    }
}
