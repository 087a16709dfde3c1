namespace CchcFeedback.Core.Catalog;

/// <summary>A public administration service center (one-stop shop): a provincial site or a commune center.</summary>
public class ServiceCenter
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public AdministrativeLevel Level { get; set; }

    /// <summary>The commune People's Committee that runs a commune center; null for provincial sites.</summary>
    public int? CommuneDepartmentId { get; set; }
    public Department? CommuneDepartment { get; set; }
    public string? Address { get; set; }
    public List<Counter> Counters { get; set; } = [];
}
