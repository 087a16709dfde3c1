using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Satisfaction.Tallies;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class SatisfactionRecountJobTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);
    private static readonly short[] Answers = [5, 4, 4, 3, 5, 5, 4, 4, 0, 5, 5, 4, 4, 3, 5, 4, 4, 4, 5, 5, 4, 3];

    private static async Task<StatisticsDatabase> RolledUpAsync()
    {
        var database = await StatisticsDatabase.CreateAsync();
        var places = database.Places;
        await database.InsertAsync(Enumerable.Range(0, 40).Select(i => StatisticsDatabase.Response(
            places[i % 3], Monday.AddHours(i * 7), (QuickRating)(i % 3 + 1), answers: i % 2 == 0 ? Answers : null, flagged: i % 10 == 9)));
        await database.RollupAsync();
        return database;
    }

    [Fact]
    public async Task RecountAsync_AfterARollup_RecordsAMatch()
    {
        await using var database = await RolledUpAsync();
        var before = await database.CountTablesAsync();

        var check = await database.RecountAsync();

        Assert.True(check.Matched);
        Assert.Equal(36, check.CountedResponses);
        Assert.Equal(before, await database.CountTablesAsync());
        await using var db = database.NewDbContext();
        var stored = await db.RollupChecks.SingleAsync();
        Assert.Equal((0, 36), (stored.MismatchedCells, stored.CountedResponses));
        Assert.Empty(db.OutboxMessages);
    }

    [Fact]
    public async Task RecountAsync_PendingResponsesNotYetFolded_StillMatch()
    {
        await using var database = await RolledUpAsync();
        // Arrived after the last rollup: counted = 0, so neither the tables nor the recount hold them yet.
        await database.InsertAsync([StatisticsDatabase.Response(database.Places[0], Monday.AddDays(1), QuickRating.Dissatisfied)]);

        var check = await database.RecountAsync();

        Assert.True(check.Matched);
        Assert.Equal(36, check.CountedResponses);
    }

    [Fact]
    public async Task RecountAsync_CorruptedCells_AreCountedRepairedAndAdminsAlerted()
    {
        await using var database = await RolledUpAsync();
        var admin = await database.CreateUserAsync(StaffRoles.Admin);
        await database.CreateUserAsync(StaffRoles.Manager);
        var expected = await database.CountTablesAsync();
        await using (var db = database.NewDbContext())
        {
            var day = await db.SatisfactionDays.OrderBy(d => d.Day).FirstAsync();
            day.LevelCounts[0] += 5;
            var month = await db.SatisfactionMonths.FirstAsync(m => m.Ratings[1] > 0);
            month.Ratings[1] -= 1;
            var noResponses = SatisfactionDay.For(new TallyKey(new DateOnly(2026, 1, 1), 1, 0, 0, 0, 1));
            noResponses.CompleteCases[0] = 3;
            db.SatisfactionDays.AddRange(noResponses, SatisfactionDay.For(new TallyKey(new DateOnly(2026, 1, 2), 1, 0, 0, 0, 1)));
            await db.SaveChangesAsync();
        }

        var check = await database.RecountAsync();

        // Three numbers differ (a day's answers, a month's ratings, a day that had no responses); the day at zero
        // holds nothing and is only tidied away.
        Assert.Equal(3, check.MismatchedCells);
        Assert.False(check.Matched);
        Assert.Equal(expected, await database.CountTablesAsync());
        await using var after = database.NewDbContext();
        Assert.False(await after.SatisfactionDays.AnyAsync(d => d.Day < new DateOnly(2026, 2, 1)));
        var alert = Assert.Single(after.OutboxMessages);
        Assert.Equal(admin.Email, alert.Recipient);
        Assert.Contains("3 ô lệch", alert.Subject);
        Assert.Equal($"rollup-check:{check.Id}:{admin.Id:N}", alert.DedupeKey);

        var next = await database.RecountAsync();

        Assert.True(next.Matched);
    }

    [Fact]
    public async Task RecountAsync_AfterRollingUpDemoData_MatchesAndEqualsTheIndependentCount()
    {
        await using var database = await StatisticsDatabase.CreateAsync();
        await using (var db = database.NewDbContext())
        {
            await new DemoResponseSeeder(db, database.Clock).SeedAsync(3_000, seed: 5, months: 3, onlyIfEmpty: false);
        }

        var rollup = await database.RollupAsync(batchSize: 1_000);
        var check = await database.RecountAsync();

        Assert.Equal(3_000, rollup.Folded);
        Assert.True(check.Matched);
        Assert.Equal(CountTables.Expected(await database.ResponsesAsync()), await database.CountTablesAsync());
    }
}
