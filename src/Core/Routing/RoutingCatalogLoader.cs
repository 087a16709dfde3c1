using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Routing;

/// <summary>Reads the catalog from the database into a <see cref="RoutingCatalog"/>.</summary>
public class RoutingCatalogLoader(CchcDbContext db)
{
    public async Task<RoutingCatalog> LoadAsync(CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking()
            .Select(d => new RoutingDepartment(d.Code, d.NameVi, d.Level, d.Role))
            .ToListAsync(cancellationToken);
        var fields = await db.Fields.AsNoTracking()
            .Select(f => new RoutingField(f.Code, f.NameVi, f.ProvinceDepartment.Code, f.CommuneHandles))
            .ToListAsync(cancellationToken);
        var centers = await db.ServiceCenters.AsNoTracking()
            .Select(c => new RoutingCenter(c.Code, c.Level, c.CommuneDepartment == null ? null : c.CommuneDepartment.Code))
            .ToListAsync(cancellationToken);
        var counters = await db.Counters.AsNoTracking()
            .Select(c => new { c.Code, Center = c.Center.Code, Department = c.Department.Code, Fields = c.Fields.Select(f => f.Code).ToList() })
            .ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking()
            .Select(p => new RoutingProcedure(p.Code, p.NameVi, p.Field.Code, p.HandledByCommune || p.Department == null ? null : p.Department.Code))
            .ToListAsync(cancellationToken);
        // The official record of each procedure (steps, dossier, result) is text a deployment has for every
        // procedure: the recogniser learns its words (issue 17).
        var details = (await db.ProcedureDetails.AsNoTracking()
                .Select(d => new { d.Procedure.Code, d.Steps, d.Documents, d.Result })
                .ToListAsync(cancellationToken))
            .ToDictionary(d => d.Code, d => (IReadOnlyList<string>)[.. d.Steps, .. d.Documents.Select(x => x.Name), d.Result], StringComparer.OrdinalIgnoreCase);
        return new RoutingCatalog(
            departments,
            fields,
            centers,
            counters.Select(c => new RoutingCounter(c.Code, c.Center, c.Department, c.Fields)),
            procedures.Select(p => p with { Details = details.GetValueOrDefault(p.Code) ?? [] }));
    }
}
