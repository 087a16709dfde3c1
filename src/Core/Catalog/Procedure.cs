namespace CchcFeedback.Core.Catalog;

/// <summary>An administrative procedure (thủ tục hành chính, TTHC).</summary>
public class Procedure
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public int FieldId { get; set; }
    public Field Field { get; set; } = null!;
    public AdministrativeLevel Level { get; set; }

    /// <summary>The responsible department; null when <see cref="HandledByCommune"/> is set.</summary>
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }

    /// <summary>The People's Committee of the commune whose center received the dossier is responsible
    /// (the catalog's <c>COMMUNE</c> code).</summary>
    public bool HandledByCommune { get; set; }
    public int ProcessingDays { get; set; }

    /// <summary>The public record (steps, dossier, fees, legal basis); null until a details file names it.</summary>
    public ProcedureDetails? Details { get; set; }
}
