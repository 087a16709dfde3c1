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
    private (AssistantKnowledge Knowledge, DateTimeOffset ReadAt)? _current;

    public async Task<AssistantKnowledge> GetAsync(CchcDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } current && now - current.ReadAt < options.Value.KnowledgeRefresh)
        {
            return current.Knowledge;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && now - again.ReadAt < options.Value.KnowledgeRefresh)
            {
                return again.Knowledge;
            }
            var knowledge = await ReadAsync(db, cancellationToken);
            _current = (knowledge, clock.GetUtcNow());
            return knowledge;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

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
