using CchcFeedback.Core.Assistant.Understanding;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Assistant;

/// <summary>Keeps one <see cref="AssistantKnowledge"/> for the process (a singleton), read again after
/// <see cref="AssistantOptions.KnowledgeRefresh"/> or at once after <see cref="Invalidate"/> (a manager attached a
/// procedure to a question). Reading it costs a few queries; a reply then costs no catalog query.</summary>
public sealed class AssistantKnowledgeSource(IOptions<AssistantOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _current;
    private long _generation;

    /// <summary>A reference, so that a reader never sees half of one written at the same time.</summary>
    private sealed record Snapshot(AssistantKnowledge Knowledge, DateTimeOffset ReadAt, long Generation);

    public async Task<AssistantKnowledge> GetAsync(CchcDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Fresh(Volatile.Read(ref _current), now) is { } current)
        {
            return current;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(Volatile.Read(ref _current), now) is { } again)
            {
                return again;
            }
            // Read under the generation it started in: a manager's correction invalidating it half-way makes the
            // next call read again, rather than this read hiding the correction until the next refresh.
            var generation = Interlocked.Read(ref _generation);
            var knowledge = await ReadAsync(db, cancellationToken);
            Volatile.Write(ref _current, new Snapshot(knowledge, clock.GetUtcNow(), generation));
            return knowledge;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    private AssistantKnowledge? Fresh(Snapshot? snapshot, DateTimeOffset now) =>
        snapshot is not null && snapshot.Generation == Interlocked.Read(ref _generation) && now - snapshot.ReadAt < options.Value.KnowledgeRefresh
            ? snapshot.Knowledge
            : null;

    public static async Task<AssistantKnowledge> ReadAsync(CchcDbContext db, CancellationToken cancellationToken)
    {
        var procedures = await db.Procedures.AsNoTracking()
            .Select(p => new KnownProcedure(p.Code, p.NameVi, p.ProcessingDays, p.Details))
            .ToListAsync(cancellationToken);
        var learned = await db.AssistantExchanges.AsNoTracking()
            .Where(e => e.CorrectedProcedureCode != null)
            .Select(e => new { e.CorrectedProcedureCode, e.QuestionFolded })
            .ToListAsync(cancellationToken);
        return AssistantKnowledge.Build(procedures, learned.Select(l => (l.CorrectedProcedureCode!, l.QuestionFolded)), AssistantGlossary.BuiltIn);
    }
}
