namespace CchcFeedback.Core.Catalog;

/// <summary>A service counter (quầy) inside a center, staffed by one department and serving some fields.</summary>
public class Counter
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int CenterId { get; set; }
    public ServiceCenter Center { get; set; } = null!;
    public required string NameVi { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public List<Field> Fields { get; set; } = [];
}
