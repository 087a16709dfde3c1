using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing.Recognition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Routing.Learning;

/// <summary>Every manual re-routing becomes a labelled example (ROUTING.md): triage, a transfer to the right
/// department, a petition routed again after a "not ours". The nightly retraining reads them all.</summary>
public class ManualRoutingExamples(CchcDbContext db, TimeProvider clock, IOptions<RoutingOptions> options)
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

    /// <summary>Adds the petition labelled with a department given by its id (a transfer's target).</summary>
    public async Task AddAsync(Guid petitionId, int departmentId, RoutingExampleSource source, string actor, CancellationToken cancellationToken = default)
    {
        var code = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        await AddAsync(petitionId, code, source, actor, cancellationToken);
    }

    /// <summary>When a department accepts a petition that another returned as "not ours", the petition becomes an
    /// example for the accepting department (source <c>return</c>), once per petition and department.</summary>
    public async Task AddAfterReturnAsync(Guid petitionId, int departmentId, string actor, CancellationToken cancellationToken = default)
    {
        var code = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        var returned = await db.PetitionEvents.AnyAsync(e => e.PetitionId == petitionId && e.Kind == PetitionEventKind.Returned, cancellationToken);
        var known = await db.RoutingExamples.AnyAsync(e => e.PetitionId == petitionId && e.DepartmentCode == code, cancellationToken)
            || db.RoutingExamples.Local.Any(e => e.PetitionId == petitionId && e.DepartmentCode == code);
        if (returned && !known)
        {
            await AddAsync(petitionId, code, RoutingExampleSource.Return, actor, cancellationToken);
        }
    }

    /// <summary>Every example, oldest first, in the format the trainer reads, each weighted by its age
    /// (<see cref="RoutingOptions.RecentCorrectionWeight"/>): what people corrected lately says most about
    /// the catalog and the petitions of today.</summary>
    public async Task<IReadOnlyList<RoutingExample>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.RoutingExamples.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(e => e.ToExample() with { Weight = Weight(now - e.CreatedAt) })];
    }

    /// <summary>1 for an old correction, 1 + the recent weight for one made today, halving every half-life.</summary>
    private double Weight(TimeSpan age) =>
        1 + options.Value.RecentCorrectionWeight * Math.Pow(0.5, Math.Max(0, age.TotalDays) / options.Value.CorrectionHalfLifeDays);
}
