namespace CchcFeedback.Core.Catalog;

/// <summary>The special duty a department has in routing petitions (ROUTING.md); most have none.</summary>
public enum DepartmentRole
{
    None,
    Triage,
    CenterOperator,
    ItPortal,
    Integrity,
}
