namespace CchcFeedback.Core.Catalog;

/// <summary>A field of administration (lĩnh vực) such as civil status or land.</summary>
public class Field
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public string? NameEn { get; set; }
    public int ProvinceDepartmentId { get; set; }
    public Department ProvinceDepartment { get; set; } = null!;

    /// <summary>True when a commune center's own People's Committee handles dossiers of this field.</summary>
    public bool CommuneHandles { get; set; }
}
