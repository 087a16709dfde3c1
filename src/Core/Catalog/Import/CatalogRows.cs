namespace CchcFeedback.Core.Catalog.Import;

/// <summary>Validated rows of the catalog files, ready to upsert.</summary>
public record DepartmentRow(string Code, string NameVi, string? NameEn, AdministrativeLevel Level, string Kind, string? ParentCode, DepartmentRole Role);

public record FieldRow(string Code, string NameVi, string? NameEn, string ProvinceDepartmentCode, bool CommuneHandles);

public record CenterRow(string Code, string NameVi, AdministrativeLevel Level, string? CommuneDepartmentCode, string? Address);

public record CounterRow(string Code, string CenterCode, string NameVi, string DepartmentCode, IReadOnlyList<string> FieldCodes);

/// <param name="DepartmentCode">Null when the receiving commune answers (the file's <c>COMMUNE</c>).</param>
public record ProcedureRow(string Code, string NameVi, string FieldCode, AdministrativeLevel Level, string? DepartmentCode, int ProcessingDays);

/// <summary>One record of <c>procedure-details.json</c>; its <c>submission</c> object is flattened.</summary>
public record ProcedureDetailsRow(
    string Code, bool Sample, string Agency, bool AtCenter, bool ByPost, OnlineService Online, string? PortalUrl,
    string? SubmissionNotes, IReadOnlyList<string> Steps, IReadOnlyList<ProcedureDocument> Documents, string ProcessingTime,
    IReadOnlyList<ProcedureFee> Fees, string Applicants, string Requirements, IReadOnlyList<LegalDocument> LegalBasis, string Result);

public record CatalogRows(
    IReadOnlyList<DepartmentRow>? Departments,
    IReadOnlyList<FieldRow>? Fields,
    IReadOnlyList<CenterRow>? Centers,
    IReadOnlyList<CounterRow>? Counters,
    IReadOnlyList<ProcedureRow>? Procedures,
    IReadOnlyList<ProcedureDetailsRow>? ProcedureDetails = null);
