using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing.Recognition;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Routing.Learning;

/// <summary>A recogniser and the version it was stored as.</summary>
public record StoredRecogniser(int Version, SubjectRecogniser Recogniser);

/// <summary>Keeps trained recognisers in <c>routing_models</c>: the newest one of this build is what every
/// process routes with.</summary>
public class RoutingModelStore(CchcDbContext db, TimeProvider clock)
{
    // Any constant that every process agrees on: whoever holds this lock is training the first model.
    private const long FirstTrainingLock = 0x0C0C_4FEED_0006;
    private static readonly TimeSpan TrainingTimeout = TimeSpan.FromMinutes(10);

    public async Task<StoredRecogniser?> LoadNewestAsync(CancellationToken cancellationToken = default)
    {
        var model = await db.RoutingModels.AsNoTracking()
            .Where(m => m.Recipe == RoutingModelRecipe.Current)
            .OrderByDescending(m => m.Version)
            .Select(m => new { m.Version, m.TrainingExamples, m.Bytes })
            .FirstOrDefaultAsync(cancellationToken);
        if (model is null)
        {
            return null;
        }
        using var stream = new MemoryStream(model.Bytes, writable: false);
        return new StoredRecogniser(model.Version, SubjectRecogniser.Load(stream, model.TrainingExamples));
    }

    /// <summary>The newest model of this build, or, when there is none (a new database, a new release), one
    /// trained now and stored. Processes that start together queue on an advisory lock: the first trains, the
    /// others then load its model rather than each storing its own.</summary>
    public async Task<StoredRecogniser> LoadOrTrainAsync(Func<CancellationToken, Task<TrainedRecogniser>> train, CancellationToken cancellationToken = default)
    {
        if (await LoadNewestAsync(cancellationToken) is { } stored)
        {
            return stored;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var timeout = db.Database.GetCommandTimeout();
        // Waiting for the lock lasts as long as the other process trains, which can be minutes on a busy machine.
        db.Database.SetCommandTimeout(TrainingTimeout);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FirstTrainingLock})", cancellationToken);
        db.Database.SetCommandTimeout(timeout);
        if (await LoadNewestAsync(cancellationToken) is { } trainedMeanwhile)
        {
            return trainedMeanwhile;
        }
        var trained = await train(cancellationToken);
        var version = await SaveAsync(trained, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredRecogniser(version, trained.Recogniser);
    }

    public async Task<int> SaveAsync(TrainedRecogniser trained, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        trained.Recogniser.Save(stream);
        var model = new RoutingModel
        {
            TrainedAt = clock.GetUtcNow(),
            Recipe = RoutingModelRecipe.Current,
            TrainingExamples = trained.Recogniser.TrainingExamples,
            ManualExamples = trained.ManualExamples,
            EvaluatedRight = trained.Evaluation?.Right,
            EvaluatedWrong = trained.Evaluation?.Wrong,
            EvaluatedTriage = trained.Evaluation?.Triage,
            Bytes = stream.ToArray(),
        };
        db.RoutingModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        return model.Version;
    }

    /// <summary>The cross-validation of the newest measured model of this build, or null if there is none.</summary>
    public async Task<(int Version, int Right, int Wrong)?> NewestMeasureAsync(CancellationToken cancellationToken = default)
    {
        var model = await db.RoutingModels.AsNoTracking()
            .Where(m => m.Recipe == RoutingModelRecipe.Current && m.EvaluatedRight != null && m.EvaluatedWrong != null)
            .OrderByDescending(m => m.Version)
            .Select(m => new { m.Version, m.EvaluatedRight, m.EvaluatedWrong })
            .FirstOrDefaultAsync(cancellationToken);
        return model is null ? null : (model.Version, model.EvaluatedRight!.Value, model.EvaluatedWrong!.Value);
    }

    /// <summary>Deletes all but the newest <paramref name="keep"/> models; returns how many it deleted.</summary>
    public async Task<int> PruneAsync(int keep, CancellationToken cancellationToken = default)
    {
        var kept = await db.RoutingModels.OrderByDescending(m => m.Version).Take(keep).Select(m => m.Version).ToListAsync(cancellationToken);
        return await db.RoutingModels.Where(m => !kept.Contains(m.Version)).ExecuteDeleteAsync(cancellationToken);
    }
}
