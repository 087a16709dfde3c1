using CchcFeedback.Core.Data;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.DemoData;

public enum DemoSeedStatus
{
    Seeded,

    /// <summary>The database had responses already and only an empty one was to be seeded.</summary>
    NotEmpty,

    /// <summary>No active touchpoint to file responses under: the catalog is not imported.</summary>
    NoTouchpoints,
}

/// <param name="Added">Rows written; the rest of <see cref="Generated"/> were there already (the same seed before).</param>
public sealed record DemoSeedResult(DemoSeedStatus Status, long Generated, long Added);

/// <summary>Fills <c>survey_responses</c> with demo data for the catalog in the database, so that every
/// dashboard has something to show on a developer's machine.</summary>
public class DemoResponseSeeder(CchcDbContext db, TimeProvider clock)
{
    /// <summary>QR scans for the demo ratings, so that the demo response rate is plausible: every touchpoint and day
    /// gets two to four times as many scans as demo ratings (a response rate of 25–50% depending on the touchpoint).
    /// GREATEST keeps it idempotent: seeding again adds no scans, seeding more raises them.</summary>
    private const string ScansSql = $"""
        INSERT INTO touchpoint_scans (touchpoint_id, day, count)
        SELECT touchpoint_id, (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, ceil(count(*) * (2.0 + (touchpoint_id % 5) * 0.5))::int
        FROM survey_responses WHERE channel = '{DemoResponseGenerator.Channel}'
        GROUP BY 1, 2
        ON CONFLICT (touchpoint_id, day) DO UPDATE SET count = GREATEST(touchpoint_scans.count, excluded.count)
        """;

    public async Task<DemoSeedResult> SeedAsync(long responses, int seed, int months, bool onlyIfEmpty, CancellationToken cancellationToken = default)
    {
        var settings = new DemoResponseSettings(responses, seed, months, clock.GetUtcNow());
        settings.Validate();
        if (onlyIfEmpty && await db.SurveyResponses.AnyAsync(cancellationToken))
        {
            return new DemoSeedResult(DemoSeedStatus.NotEmpty, 0, 0);
        }
        var places = await DemoPlaces.LoadAsync(db, cancellationToken);
        if (places.Count == 0)
        {
            return new DemoSeedResult(DemoSeedStatus.NoTouchpoints, 0, 0);
        }
        var generated = DemoResponseGenerator.Generate(places, settings);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var added = await SurveyResponseBulkWriter.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), generated, cancellationToken: cancellationToken);
            await db.Database.ExecuteSqlRawAsync(ScansSql, cancellationToken);
            return new DemoSeedResult(DemoSeedStatus.Seeded, responses, added);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
