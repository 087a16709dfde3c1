using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Routing;

public record RoutingDepartment(string Code, string NameVi, AdministrativeLevel Level, DepartmentRole Role);

public record RoutingField(string Code, string NameVi, string ProvinceDepartmentCode, bool CommuneHandles);

public record RoutingCenter(string Code, AdministrativeLevel Level, string? CommuneDepartmentCode);

public record RoutingCounter(string Code, string CenterCode, string DepartmentCode, IReadOnlyList<string> FieldCodes);

/// <param name="DepartmentCode">Null when the People's Committee of the receiving commune answers (<c>COMMUNE</c>).</param>
/// <param name="Details">The official record's sentences: steps, dossier components, result (none if not imported).</param>
public record RoutingProcedure(string Code, string NameVi, string FieldCode, string? DepartmentCode, IReadOnlyList<string>? Details = null);

/// <summary>The part of the catalog that routing reads, held in memory: routing a petition must not wait on
/// a query per rule, and the recogniser is trained on the same snapshot.</summary>
public sealed class RoutingCatalog
{
    private readonly Dictionary<DepartmentRole, string> _roleHolders;

    public RoutingCatalog(
        IEnumerable<RoutingDepartment> departments,
        IEnumerable<RoutingField> fields,
        IEnumerable<RoutingCenter> centers,
        IEnumerable<RoutingCounter> counters,
        IEnumerable<RoutingProcedure> procedures)
    {
        Departments = departments.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        Fields = fields.ToDictionary(f => f.Code, StringComparer.OrdinalIgnoreCase);
        Centers = centers.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        Counters = counters.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        Procedures = procedures.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        _roleHolders = Departments.Values.Where(d => d.Role != DepartmentRole.None)
            .GroupBy(d => d.Role)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Code).Order(StringComparer.Ordinal).First());
    }

    public IReadOnlyDictionary<string, RoutingDepartment> Departments { get; }
    public IReadOnlyDictionary<string, RoutingField> Fields { get; }
    public IReadOnlyDictionary<string, RoutingCenter> Centers { get; }
    public IReadOnlyDictionary<string, RoutingCounter> Counters { get; }
    public IReadOnlyDictionary<string, RoutingProcedure> Procedures { get; }

    /// <summary>The department that holds a routing role (ROUTING.md); the catalog gives each role to one.</summary>
    public string? DepartmentWithRole(DepartmentRole role) => _roleHolders.GetValueOrDefault(role);

    /// <summary>The role of the department that owns a field at provincial level: it says which policy rule
    /// the field stands for (the inspectorate's field is integrity, the portal's field is the portal, …).</summary>
    public DepartmentRole RoleOf(RoutingField field) =>
        Departments.TryGetValue(field.ProvinceDepartmentCode, out var owner) ? owner.Role : DepartmentRole.None;
}
