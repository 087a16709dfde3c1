using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing.Recognition;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Routing.Learning;

/// <summary>Every manual re-routing becomes a labelled example (ROUTING.md): triage, a transfer to the right
/// department, a petition routed again after a "not ours". The nightly retraining reads them all.</summary>
public class ManualRoutingExamples(CchcDbContext db, TimeProvider clock)
{
    /// <summary>Adds the petition, labelled with the department that must answer it, to the current unit of
    /// work: it is saved by the caller's <c>SaveChanges</c>, in the same transaction as the routing itself.</summary>
    public async Task AddAsync(Guid petitionId, string departmentCode, RoutingExampleSource source, string actor, CancellationToken cancellationToken = default)
    {
        var petition = await db.Petitions.AsNoTracking()
            .Where(p => p.Id == petitionId)
            .Select(p => new
            {
                p.Title,
                p.Text,
                p.ProcedureCode,
                CenterCode = p.Center == null ? null : p.Center.Code,
                CounterCode = db.Counters.Where(c => c.Id == p.CounterId).Select(c => c.Code).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        db.RoutingExamples.Add(new ManualRoutingExample
        {
            PetitionId = petitionId,
            CenterCode = petition.CenterCode,
            CounterCode = petition.CounterCode,
            ProcedureCode = petition.ProcedureCode,
            Title = petition.Title,
            Text = petition.Text,
            DepartmentCode = departmentCode,
            Source = source,
            CreatedAt = clock.GetUtcNow(),
            Actor = actor,
        });
    }

    /// <summary>Every example, oldest first, in the format the trainer reads.</summary>
    public async Task<IReadOnlyList<RoutingExample>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.RoutingExamples.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(e => e.ToExample())];
    }
}
