using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Catalog;

/// <summary>Read-only catalog lists: what integrations need to name centers, counters and procedures.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/catalog").WithTags("Catalog");
        group.MapGet("/departments", GetDepartments).WithName(nameof(GetDepartments)).WithSummary("Departments, divisions and commune People's Committees");
        group.MapGet("/fields", GetFields).WithName(nameof(GetFields)).WithSummary("Fields of administration (lĩnh vực)");
        group.MapGet("/centers", GetCenters).WithName(nameof(GetCenters)).WithSummary("Public administration service centers");
        group.MapGet("/counters", GetCounters).WithName(nameof(GetCounters)).WithSummary("Service counters, optionally of one center");
        group.MapGet("/procedures", GetProcedures).WithName(nameof(GetProcedures)).WithSummary("Administrative procedures (TTHC)");
        group.MapGet("/procedures/{code}", GetProcedure).WithName(nameof(GetProcedure))
            .WithSummary("One procedure with its public record: submission, steps, dossier, time, fees, legal basis");
        return endpoints;
    }

    public static async Task<IReadOnlyList<DepartmentResponse>> GetDepartments(CchcDbContext db, CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new DepartmentResponse(d.Code, d.NameVi, d.NameEn, d.Level, d.Kind, d.Parent == null ? null : d.Parent.Code, d.Role))
            .ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<FieldResponse>> GetFields(CchcDbContext db, CancellationToken cancellationToken) =>
        await db.Fields.AsNoTracking().OrderBy(f => f.Code)
            .Select(f => new FieldResponse(f.Code, f.NameVi, f.NameEn, f.ProvinceDepartment.Code, f.CommuneHandles))
            .ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<CenterResponse>> GetCenters(CchcDbContext db, CancellationToken cancellationToken) =>
        await db.ServiceCenters.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CenterResponse(c.Code, c.NameVi, c.Level, c.CommuneDepartment == null ? null : c.CommuneDepartment.Code, c.Address))
            .ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<CounterResponse>> GetCounters(CchcDbContext db, string? center, CancellationToken cancellationToken) =>
        await db.Counters.AsNoTracking()
            .Where(c => center == null || c.Center.Code == center)
            .OrderBy(c => c.Code)
            .Select(c => new CounterResponse(c.Code, c.Center.Code, c.NameVi, c.Department.Code,
                c.Fields.OrderBy(f => f.Code).Select(f => f.Code).ToList()))
            .ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<ProcedureResponse>> GetProcedures(CchcDbContext db, CancellationToken cancellationToken) =>
        await db.Procedures.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new ProcedureResponse(p.Code, p.NameVi, p.Field.Code, p.Level,
                p.Department == null ? null : p.Department.Code, p.HandledByCommune, p.ProcessingDays))
            .ToListAsync(cancellationToken);

    public static async Task<Results<Ok<ProcedureDetailResponse>, ProblemHttpResult>> GetProcedure(
        string code, CchcDbContext db, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking()
            .Include(p => p.Field).Include(p => p.Department).Include(p => p.Details)
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return procedure is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có thủ tục với mã này / No procedure has this code")
            : TypedResults.Ok(new ProcedureDetailResponse(procedure.Code, procedure.NameVi, procedure.Field.Code, procedure.Level,
                procedure.Department?.Code, procedure.HandledByCommune, procedure.ProcessingDays,
                procedure.Details is null ? null : ProcedureDetailsResponse.From(procedure.Details)));
    }
}
