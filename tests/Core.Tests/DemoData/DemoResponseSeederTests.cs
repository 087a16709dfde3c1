using CchcFeedback.Core.DemoData;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.DemoData;

public class DemoResponseSeederTests
{
    private static async Task<DemoSeedResult> SeedAsync(string connectionString, long responses, int seed = 1, bool onlyIfEmpty = false)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await new DemoResponseSeeder(db, TimeProvider.System).SeedAsync(responses, seed, months: 13, onlyIfEmpty);
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }

    [Fact]
    public async Task SeedAsync_SampleCatalog_WritesRowsConsistentWithTheirTouchpointsCountersAndProcedures()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var result = await SeedAsync(connectionString, 3_000);

        Assert.Equal(new DemoSeedResult(DemoSeedStatus.Seeded, 3_000, 3_000), result);
        Assert.Equal(3_000, await CountAsync(connectionString, "SELECT count(*) AS \"Value\" FROM survey_responses WHERE channel = 'demo' AND NOT flagged"));
        // The touchpoint's center and counter, the counter's center and department, a procedure of the counter's fields.
        Assert.Equal(0, await CountAsync(connectionString, """
            SELECT count(*) AS "Value" FROM survey_responses r
            JOIN touchpoints t ON t.id = r.touchpoint_id
            LEFT JOIN counters c ON c.id = r.counter_id
            WHERE t.center_id <> r.center_id
               OR t.counter_id IS DISTINCT FROM r.counter_id
               OR c.center_id <> r.center_id
               OR c.department_id IS DISTINCT FROM r.department_id
               OR (r.counter_id IS NULL AND (r.department_id IS NOT NULL OR r.procedure_id IS NOT NULL))
               OR (r.procedure_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM procedures p JOIN counter_fields cf ON cf.field_id = p.field_id
                    WHERE p.id = r.procedure_id AND cf.counter_id = r.counter_id))
            """));
        Assert.Equal(0, await CountAsync(connectionString, """
            SELECT count(*) AS "Value" FROM survey_responses
            WHERE (answers IS NOT NULL AND (cardinality(answers) <> 22 OR 0 > ANY (answers) OR 5 < ANY (answers)))
               OR (quick_rating = 1) <> (cardinality(dissatisfaction_reasons) > 0)
            """));
    }

    [Fact]
    public async Task SeedAsync_SameSeedAgain_AddsNothingAndAnotherSeedAddsItsOwn()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await SeedAsync(connectionString, 2_000);

        var again = await SeedAsync(connectionString, 2_000);
        var otherSeed = await SeedAsync(connectionString, 500, seed: 2);

        Assert.Equal(new DemoSeedResult(DemoSeedStatus.Seeded, 2_000, 0), again);
        Assert.Equal(500, otherSeed.Added);
        Assert.Equal(2_500, await CountAsync(connectionString, "SELECT count(*) AS \"Value\" FROM survey_responses"));
    }

    [Fact]
    public async Task SeedAsync_OnlyIfEmptyWithResponsesStored_AddsNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await SeedAsync(connectionString, 100, seed: 9);

        var result = await SeedAsync(connectionString, 1_000, onlyIfEmpty: true);

        Assert.Equal(DemoSeedStatus.NotEmpty, result.Status);
        Assert.Equal(100, await CountAsync(connectionString, "SELECT count(*) AS \"Value\" FROM survey_responses"));
    }

    [Fact]
    public async Task SeedAsync_NoCatalog_SaysSoAndWritesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);

        var result = await SeedAsync(connectionString, 100);

        Assert.Equal(DemoSeedStatus.NoTouchpoints, result.Status);
        Assert.Equal(0, await CountAsync(connectionString, "SELECT count(*) AS \"Value\" FROM survey_responses"));
    }
}
