namespace CchcFeedback.Core.Catalog;

/// <summary>A body that answers petitions and serves citizens: a provincial department (sở), a division,
/// a commune People's Committee, the police, the inspectorate.</summary>
public class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public string? NameEn { get; set; }
    public AdministrativeLevel Level { get; set; }
    public required string Kind { get; set; }
    public int? ParentId { get; set; }
    public Department? Parent { get; set; }
    public DepartmentRole Role { get; set; }
}
