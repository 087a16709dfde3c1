using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Api.Catalog;

public record DepartmentResponse(string Code, string NameVi, string? NameEn, AdministrativeLevel Level, string Kind, string? ParentCode, DepartmentRole Role);

public record FieldResponse(string Code, string NameVi, string? NameEn, string ProvinceDepartmentCode, bool CommuneHandles);

public record CenterResponse(string Code, string NameVi, AdministrativeLevel Level, string? CommuneDepartmentCode, string? Address);

public record CounterResponse(string Code, string CenterCode, string NameVi, string DepartmentCode, IReadOnlyList<string> FieldCodes);

/// <param name="DepartmentCode">Null when the People's Committee of the receiving commune answers.</param>
public record ProcedureResponse(string Code, string NameVi, string FieldCode, AdministrativeLevel Level, string? DepartmentCode, bool HandledByCommune, int ProcessingDays);

/// <summary>One procedure with its public record (null until a details file has named it).</summary>
public record ProcedureDetailResponse(string Code, string NameVi, string FieldCode, AdministrativeLevel Level, string? DepartmentCode,
    bool HandledByCommune, int ProcessingDays, ProcedureDetailsResponse? Details);

/// <param name="Sample">True for text written for the demo catalog, to be replaced by the official record.</param>
public record ProcedureDetailsResponse(bool Sample, string Agency, SubmissionResponse Submission, IReadOnlyList<string> Steps,
    IReadOnlyList<ProcedureDocument> Documents, string ProcessingTime, IReadOnlyList<ProcedureFee> Fees, string Applicants,
    string Requirements, IReadOnlyList<LegalDocument> LegalBasis, string Result)
{
    public static ProcedureDetailsResponse From(ProcedureDetails d) => new(d.Sample, d.Agency,
        new SubmissionResponse(d.AtCenter, d.ByPost, d.Online, d.PortalUrl, d.SubmissionNotes), d.Steps, d.Documents,
        d.ProcessingTime, d.Fees, d.Applicants, d.Requirements, d.LegalBasis, d.Result);
}

/// <summary>Where and how to submit, as the details file's <c>submission</c> object.</summary>
public record SubmissionResponse(bool AtCenter, bool ByPost, OnlineService Online, string? PortalUrl, string? Notes);
