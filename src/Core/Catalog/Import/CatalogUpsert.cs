using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>Applies validated rows to the database, one entity set at a time, counting what changed.</summary>
internal sealed class CatalogUpsert(CchcDbContext db)
{
    public async Task<CatalogFileSummary> DepartmentsAsync(IReadOnlyList<DepartmentRow> rows, CancellationToken cancellationToken)
    {
        var all = await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        // Two passes: parents may appear after their children in the file.
        foreach (var row in rows.Where(r => !all.ContainsKey(r.Code)))
        {
            all[row.Code] = db.Departments.Add(new Department { Code = row.Code, NameVi = row.NameVi, Kind = row.Kind }).Entity;
        }
        return await ApplyAsync(CatalogFile.Departments, rows, r => all[r.Code], (department, row) =>
        {
            department.NameVi = row.NameVi;
            department.NameEn = row.NameEn;
            department.Level = row.Level;
            department.Kind = row.Kind;
            department.Parent = row.ParentCode is null ? null : all[row.ParentCode];
            department.Role = row.Role;
            return false;
        }, cancellationToken);
    }

    public async Task<CatalogFileSummary> FieldsAsync(IReadOnlyList<FieldRow> rows, CancellationToken cancellationToken)
    {
        var departments = await DepartmentsByCodeAsync(cancellationToken);
        var all = await db.Fields.ToDictionaryAsync(f => f.Code, cancellationToken);
        return await ApplyAsync(CatalogFile.Fields, rows, r => Find(all, r.Code, () => new Field { Code = r.Code, NameVi = r.NameVi }), (field, row) =>
        {
            field.NameVi = row.NameVi;
            field.NameEn = row.NameEn;
            field.ProvinceDepartment = departments[row.ProvinceDepartmentCode];
            field.CommuneHandles = row.CommuneHandles;
            return false;
        }, cancellationToken);
    }

    public async Task<CatalogFileSummary> CentersAsync(IReadOnlyList<CenterRow> rows, CancellationToken cancellationToken)
    {
        var departments = await DepartmentsByCodeAsync(cancellationToken);
        var all = await db.ServiceCenters.ToDictionaryAsync(c => c.Code, cancellationToken);
        return await ApplyAsync(CatalogFile.Centers, rows, r => Find(all, r.Code, () => new ServiceCenter { Code = r.Code, NameVi = r.NameVi }), (center, row) =>
        {
            center.NameVi = row.NameVi;
            center.Level = row.Level;
            center.CommuneDepartment = row.CommuneDepartmentCode is null ? null : departments[row.CommuneDepartmentCode];
            center.Address = row.Address;
            return false;
        }, cancellationToken);
    }

    public async Task<CatalogFileSummary> CountersAsync(IReadOnlyList<CounterRow> rows, CancellationToken cancellationToken)
    {
        var departments = await DepartmentsByCodeAsync(cancellationToken);
        var centers = await db.ServiceCenters.ToDictionaryAsync(c => c.Code, cancellationToken);
        var fields = await db.Fields.ToDictionaryAsync(f => f.Code, cancellationToken);
        var all = await db.Counters.Include(c => c.Fields).ToDictionaryAsync(c => c.Code, cancellationToken);
        return await ApplyAsync(CatalogFile.Counters, rows, r => Find(all, r.Code, () => new Counter { Code = r.Code, NameVi = r.NameVi }), (counter, row) =>
        {
            counter.Center = centers[row.CenterCode];
            counter.NameVi = row.NameVi;
            counter.Department = departments[row.DepartmentCode];
            // A join-table change is not a property change, so it is compared here rather than by the tracker.
            if (counter.Fields.Select(f => f.Code).ToHashSet().SetEquals(row.FieldCodes))
            {
                return false;
            }
            counter.Fields = row.FieldCodes.Select(code => fields[code]).ToList();
            return true;
        }, cancellationToken);
    }

    public async Task<CatalogFileSummary> ProceduresAsync(IReadOnlyList<ProcedureRow> rows, CancellationToken cancellationToken)
    {
        var departments = await DepartmentsByCodeAsync(cancellationToken);
        var fields = await db.Fields.ToDictionaryAsync(f => f.Code, cancellationToken);
        var all = await db.Procedures.ToDictionaryAsync(p => p.Code, cancellationToken);
        return await ApplyAsync(CatalogFile.Procedures, rows, r => Find(all, r.Code, () => new Procedure { Code = r.Code, NameVi = r.NameVi }), (procedure, row) =>
        {
            procedure.NameVi = row.NameVi;
            procedure.Field = fields[row.FieldCode];
            procedure.Level = row.Level;
            procedure.Department = row.DepartmentCode is null ? null : departments[row.DepartmentCode];
            procedure.HandledByCommune = row.DepartmentCode is null;
            procedure.ProcessingDays = row.ProcessingDays;
            return false;
        }, cancellationToken);
    }

    /// <summary>Procedures the file does not name keep their details, as rows the CSV files omit keep theirs.</summary>
    public async Task<CatalogFileSummary> ProcedureDetailsAsync(IReadOnlyList<ProcedureDetailsRow> rows, CancellationToken cancellationToken)
    {
        var procedures = await db.Procedures.Include(p => p.Details).ToDictionaryAsync(p => p.Code, cancellationToken);
        return await ApplyAsync(CatalogFile.ProcedureDetails, rows, r => procedures[r.Code].Details ??= NewDetails(procedures[r.Code], r), (details, row) =>
        {
            details.Sample = row.Sample;
            details.Agency = row.Agency;
            details.AtCenter = row.AtCenter;
            details.ByPost = row.ByPost;
            details.Online = row.Online;
            details.PortalUrl = row.PortalUrl;
            details.SubmissionNotes = row.SubmissionNotes;
            details.Steps = [.. row.Steps];
            details.Documents = [.. row.Documents];
            details.ProcessingTime = row.ProcessingTime;
            details.Fees = [.. row.Fees];
            details.Applicants = row.Applicants;
            details.Requirements = row.Requirements;
            details.LegalBasis = [.. row.LegalBasis];
            details.Result = row.Result;
            return false;
        }, cancellationToken);
    }

    private ProcedureDetails NewDetails(Procedure procedure, ProcedureDetailsRow row) =>
        db.ProcedureDetails.Add(new ProcedureDetails
        {
            Procedure = procedure,
            Agency = row.Agency,
            ProcessingTime = row.ProcessingTime,
            Applicants = row.Applicants,
            Requirements = row.Requirements,
            Result = row.Result,
        }).Entity;

    private Task<Dictionary<string, Department>> DepartmentsByCodeAsync(CancellationToken cancellationToken) =>
        db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);

    private TEntity Find<TEntity>(Dictionary<string, TEntity> all, string code, Func<TEntity> create) where TEntity : class
    {
        if (!all.TryGetValue(code, out var entity))
        {
            entity = create();
            db.Add(entity);
            all[code] = entity;
        }
        return entity;
    }

    /// <param name="apply">Sets the row's values; returns true for a change the change tracker cannot see.</param>
    private async Task<CatalogFileSummary> ApplyAsync<TEntity, TRow>(string file, IReadOnlyList<TRow> rows,
        Func<TRow, TEntity> find, Func<TEntity, TRow, bool> apply, CancellationToken cancellationToken) where TEntity : class
    {
        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var entity = find(row);
            var entry = db.Entry(entity);
            var isNew = entry.State == EntityState.Added;
            var changedOutsideTracker = apply(entity, row);
            entry.DetectChanges();
            if (isNew)
            {
                added++;
            }
            else if (changedOutsideTracker || entry.State == EntityState.Modified)
            {
                changed++;
            }
            else
            {
                unchanged++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new CatalogFileSummary(file, added, changed, unchanged);
    }
}
