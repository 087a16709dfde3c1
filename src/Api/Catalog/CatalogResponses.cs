using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Api.Catalog;

public record DepartmentResponse(string Code, string NameVi, string? NameEn, AdministrativeLevel Level, string Kind, string? ParentCode, DepartmentRole Role);

public record FieldResponse(string Code, string NameVi, string? NameEn, string ProvinceDepartmentCode, bool CommuneHandles);

public record CenterResponse(string Code, string NameVi, AdministrativeLevel Level, string? CommuneDepartmentCode, string? Address);

public record CounterResponse(string Code, string CenterCode, string NameVi, string DepartmentCode, IReadOnlyList<string> FieldCodes);

/// <param name="DepartmentCode">Null when the People's Committee of the receiving commune answers.</param>
public record ProcedureResponse(string Code, string NameVi, string FieldCode, AdministrativeLevel Level, string? DepartmentCode, bool HandledByCommune, int ProcessingDays);
