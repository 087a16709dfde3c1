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
            return new DemoSeedResult(DemoSeedStatus.Seeded, responses, added);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
