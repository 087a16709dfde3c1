namespace CchcFeedback.Core.Catalog;

/// <summary>The public record of a procedure as the national database of administrative procedures publishes
/// it (issue 15): where and how to submit, the steps, the dossier, time, fees, who may apply and the legal basis.
/// Imported from <c>procedure-details.json</c>; lists are stored as JSON because they are read whole.</summary>
public class ProcedureDetails
{
    public int ProcedureId { get; set; }
    public Procedure Procedure { get; set; } = null!;

    /// <summary>Text written for the demo catalog, to be replaced by the official record before deployment.</summary>
    public bool Sample { get; set; }
    public required string Agency { get; set; }
    public bool AtCenter { get; set; }
    public bool ByPost { get; set; }
    public OnlineService Online { get; set; }
    public string? PortalUrl { get; set; }
    public string? SubmissionNotes { get; set; }
    public List<string> Steps { get; set; } = [];
    public List<ProcedureDocument> Documents { get; set; } = [];
    public required string ProcessingTime { get; set; }
    public List<ProcedureFee> Fees { get; set; } = [];
    public required string Applicants { get; set; }
    public required string Requirements { get; set; }
    public List<LegalDocument> LegalBasis { get; set; } = [];
    public required string Result { get; set; }
}

/// <summary>A dossier component (thành phần hồ sơ) with how many originals and copies to bring.</summary>
public record ProcedureDocument(string Name, int Originals, int Copies, string? Notes);

/// <summary>A fee or charge (phí, lệ phí) as the official text words its amount.</summary>
public record ProcedureFee(string Name, string Amount);

/// <summary>A document of the legal basis (căn cứ pháp lý), e.g. 60/2014/QH13 Luật Hộ tịch.</summary>
public record LegalDocument(string Number, string Title);
