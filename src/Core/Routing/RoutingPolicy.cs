using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Routing;

/// <summary>Where ROUTING.md sends a subject at a place: the department and the rule that chose it, or no
/// department when the subject cannot be answered there (staff conduct with no counter known).</summary>
public sealed class RoutingPolicy(RoutingCatalog catalog)
{
    public (string? Department, RoutingRule Rule) Resolve(Subject subject, RoutingPlace place)
    {
        var field = subject.Kind switch
        {
            SubjectKind.Field => catalog.Fields.GetValueOrDefault(subject.Code),
            SubjectKind.Procedure => catalog.Procedures.TryGetValue(subject.Code, out var p) ? catalog.Fields.GetValueOrDefault(p.FieldCode) : null,
            _ => null,
        };
        // Rules 1 to 3 come before a procedure code: a bribe at the land counter is still a bribe.
        switch (field is null ? DepartmentRole.None : catalog.RoleOf(field))
        {
            case DepartmentRole.Integrity:
                return (field!.ProvinceDepartmentCode, RoutingRule.Integrity);
            case DepartmentRole.ItPortal:
                return (field!.ProvinceDepartmentCode, RoutingRule.Portal);
            case DepartmentRole.CenterOperator:
                return (CenterOperator(place) ?? field!.ProvinceDepartmentCode, RoutingRule.Center);
        }
        if (place.Procedure is not null)
        {
            return (ProcedureDepartment(place.Procedure, place), RoutingRule.Procedure);
        }
        if (subject.Kind == SubjectKind.Procedure)
        {
            return catalog.Procedures.TryGetValue(subject.Code, out var procedure)
                ? (ProcedureDepartment(procedure, place), RoutingRule.Procedure)
                : (null, RoutingRule.Triage);
        }
        if (subject.Kind == SubjectKind.CounterStaff)
        {
            return place.Counter is null ? (null, RoutingRule.Triage) : (place.Counter.DepartmentCode, RoutingRule.CounterStaff);
        }
        if (field is null)
        {
            return (null, RoutingRule.Triage);
        }
        if (catalog.RoleOf(field) == DepartmentRole.Triage)
        {
            return (field.ProvinceDepartmentCode, RoutingRule.GeneralRemarks);
        }
        return (field.CommuneHandles && CommuneOf(place) is { } commune ? commune : field.ProvinceDepartmentCode, RoutingRule.Field);
    }

    /// <summary><c>COMMUNE</c> is the People's Committee of the receiving commune; with no commune known, the
    /// field's provincial department answers.</summary>
    private string ProcedureDepartment(RoutingProcedure procedure, RoutingPlace place) =>
        procedure.DepartmentCode
        ?? CommuneOf(place)
        ?? catalog.Fields.GetValueOrDefault(procedure.FieldCode)?.ProvinceDepartmentCode
        ?? catalog.DepartmentWithRole(DepartmentRole.Triage)!;

    private static string? CommuneOf(RoutingPlace place) =>
        place.Center is { Level: AdministrativeLevel.Commune, CommuneDepartmentCode: { } commune } ? commune : null;

    private string? CenterOperator(RoutingPlace place) =>
        place.Center is null ? null : CommuneOf(place) ?? catalog.DepartmentWithRole(DepartmentRole.CenterOperator);
}
