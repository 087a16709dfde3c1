using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class SatisfactionRollupJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RollupAsync_RandomRoundsOfInsertsFormsFlagsAndReviews_EqualsAFullRecountEachTime()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        var random = new Random(20261126);

        for (var round = 0; round < 6; round++)
        {
            await database.InsertAsync(Enumerable.Range(0, 40).Select(_ => RandomResponse(random, database.Places)));
            await ChangeSomeAsync(database, random);

            var result = await database.RollupAsync(batchSize: 7);

            Assert.False(result.Busy);
            var responses = await database.ResponsesAsync();
            Assert.All(responses, r => Assert.Equal(CountTables.Desired(r), r.Counted));
            Assert.Equal(CountTables.Expected(responses), await database.CountTablesAsync());
        }
    }

    [Fact]
    public async Task RollupAsync_RunAgainWithNothingNew_ChangesNothing()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        var random = new Random(7);
        await database.InsertAsync(Enumerable.Range(0, 60).Select(_ => RandomResponse(random, database.Places)));
        await database.RollupAsync();
        var before = await database.CountTablesAsync();

        var again = await database.RollupAsync();

        Assert.Equal(new RollupResult(0, 1, false), again);
        Assert.Equal(before, await database.CountTablesAsync());
    }

    [Fact]
    public async Task RollupAsync_SubmittedTwiceThroughTheService_CountsTheResponseOnce()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        await using var db = database.NewDbContext();
        var token = await db.Touchpoints.Where(t => t.CounterId == database.Places[0].CounterId && t.RevokedAt == null).Select(t => t.Token).FirstAsync();
        var submission = new SurveySubmission { SubmissionId = Guid.NewGuid(), QuickRating = QuickRating.VerySatisfied };

        for (var i = 0; i < 2; i++)
        {
            await using var scope = database.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SurveyService>().SubmitAsync(token, submission, "web", null);
            await database.RollupAsync();
        }

        var days = await db.SatisfactionDays.ToListAsync();
        Assert.Equal((1, 1), (days.Sum(d => d.Ratings.Sum()), days.Sum(d => d.RatingsByHour.Sum())));
        Assert.Equal(1, (await db.SatisfactionMonths.ToListAsync()).Sum(m => m.Ratings.Sum()));
    }

    [Fact]
    public async Task RollupAsync_KilledWhileFoldingItsThirdBatch_KeepsTheFirstTwoAndTheNextRunFinishes()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        var random = new Random(11);
        var responses = Enumerable.Range(0, 30).Select(i => RandomResponse(random, database.Places)).ToList();
        for (var i = 0; i < responses.Count; i++)
        {
            responses[i].SubmittedAt = Start.AddMinutes(i);
            responses[i].Flagged = false;
        }
        await database.InsertAsync(responses);

        // A row lock on the newest response holds the third batch's UPDATE; cancelling then kills the statement.
        await using (var blocker = new NpgsqlConnection(database.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var blocking = await blocker.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM survey_responses WHERE id = @id FOR UPDATE", blocker, blocking))
            {
                lockRow.Parameters.AddWithValue("id", responses[^1].Id);
                await lockRow.ExecuteScalarAsync();
            }
            using var kill = new CancellationTokenSource();
            var rollup = database.RollupAsync(batchSize: 10, kill.Token);
            await WaitForLockWaitAsync(database.ConnectionString);
            await kill.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rollup);

            var halfWay = await database.ResponsesAsync();
            Assert.Equal(20, halfWay.Count(r => r.Counted != 0));
            Assert.Equal(CountTables.Expected(halfWay, r => r.Counted), await database.CountTablesAsync());
            await blocking.RollbackAsync();
        }

        var result = await database.RollupAsync(batchSize: 10);

        Assert.Equal(10, result.Folded);
        Assert.Equal(CountTables.Expected(await database.ResponsesAsync()), await database.CountTablesAsync());
    }

    [Fact]
    public async Task RollupAsync_TwoRunsAtOnce_FoldEachResponseOnce()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        var random = new Random(23);
        await database.InsertAsync(Enumerable.Range(0, 300).Select(_ => RandomResponse(random, database.Places)));
        var pending = (await database.ResponsesAsync()).Count(r => r.Counted != CountTables.Desired(r));

        var runs = await Task.WhenAll(database.RollupAsync(batchSize: 20), database.RollupAsync(batchSize: 20));
        var straggler = await database.RollupAsync(batchSize: 20);

        Assert.Equal(pending, runs.Sum(r => r.Folded) + straggler.Folded);
        Assert.Equal(CountTables.Expected(await database.ResponsesAsync()), await database.CountTablesAsync());
    }

    [Fact]
    public async Task RollupAsync_WhileTheRecountHoldsTheLock_FoldsNothingAndSaysBusy()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        await database.InsertAsync([StatisticsDatabase.Response(database.Places[0], Start, QuickRating.Satisfied)]);
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand(RollupLock.TakeForSessionSql, holder))
        {
            await take.ExecuteScalarAsync();
        }

        var result = await database.RollupAsync();

        Assert.Equal(new RollupResult(0, 0, true), result);
        Assert.Empty(await database.CountTablesAsync());
    }

    [Theory]
    [InlineData("2026-03-01T16:59:59Z", "2026-03-01", 23)]
    [InlineData("2026-03-01T17:00:00Z", "2026-03-02", 0)]
    [InlineData("2026-03-01T23:30:00Z", "2026-03-02", 6)]
    public async Task RollupAsync_AroundVietnameseMidnight_CountsTheLocalDayAndHour(string submittedAt, string day, int hour)
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        var place = database.Places[0];
        await database.InsertAsync([StatisticsDatabase.Response(place, DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture), QuickRating.Satisfied)]);

        await database.RollupAsync();

        await using var db = database.NewDbContext();
        var local = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var row = await db.SatisfactionDays.SingleAsync();
        Assert.Equal((local, place.CounterId, 1, 1, 1), (row.Day, row.CounterId, row.RatingsByHour[hour], row.SatisfiedByHour[hour], row.RatingsByHour.Sum()));
        var month = await db.SatisfactionMonths.SingleAsync();
        Assert.Equal((new DateOnly(local.Year, local.Month, 1), 1), (month.Month, month.RatingsByWeekdayHour[(int)local.DayOfWeek * 24 + hour]));
    }

    private static SurveyResponse RandomResponse(Random random, IReadOnlyList<ResponsePlace> places)
    {
        var place = places[random.Next(Math.Min(places.Count, 5))];
        // Minutes around the clock over ten days, so that Vietnamese midnight (17:00 UTC) is crossed often.
        var submittedAt = Start.AddMinutes(random.Next(10 * 24 * 60));
        var answers = random.Next(3) == 0 ? RandomAnswers(random) : null;
        var response = StatisticsDatabase.Response(place, submittedAt, (QuickRating)random.Next(1, 4), answers, flagged: random.Next(6) == 0);
        if (random.Next(4) == 0)
        {
            response.CounterId = null;
            response.DepartmentId = null;
        }
        return response;
    }

    /// <summary>Mostly 3–5, with some "không áp dụng" (0) so that some elements are incomplete.</summary>
    private static short[] RandomAnswers(Random random) =>
        [.. Enumerable.Range(0, SurveyForms.Current.CriterionCount).Select(_ => (short)(random.Next(12) == 0 ? 0 : random.Next(1, 6)))];

    /// <summary>What happens to responses between rollups: citizens complete the form, managers accept flagged
    /// ones, and (not a product path today, but the rollup must subtract) counted ones get flagged.</summary>
    private static async Task ChangeSomeAsync(StatisticsDatabase database, Random random)
    {
        await using var db = database.NewDbContext();
        foreach (var response in await db.SurveyResponses.ToListAsync())
        {
            switch (random.Next(10))
            {
                case 0 when response.Answers is null:
                    response.Answers = RandomAnswers(random);
                    response.FormCompletedAt = response.SubmittedAt.AddMinutes(2);
                    break;
                case 1 when response.Flagged:
                    response.Flagged = false;
                    response.ReviewedAt = database.Clock.GetUtcNow();
                    break;
                case 2 when !response.Flagged && response.Counted != 0:
                    response.Flagged = true;
                    break;
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Polls from a connection of its own: within a transaction pg_stat_activity keeps its first snapshot.</summary>
    private static async Task WaitForLockWaitAsync(string connectionString)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var observer = new NpgsqlConnection(connectionString);
        await observer.OpenAsync(patience.Token);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'WITH batch AS%'", observer);
            if ((long)(await command.ExecuteScalarAsync(patience.Token))! > 0)
            {
                return;
            }
            await Task.Delay(50, patience.Token);
        }
    }
}
