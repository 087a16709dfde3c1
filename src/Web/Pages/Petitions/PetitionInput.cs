using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>The petition form's fields, carried from the first step to the second in hidden inputs.</summary>
public class PetitionInput
{
    public Guid SubmissionId { get; set; }
    public PetitionKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? ProcedureCode { get; set; }
    public string? DossierCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    public bool ConsentContact { get; set; }
    public bool ConsentPublish { get; set; }
    public Guid? SurveyResponseId { get; set; }

    public PetitionSubmission ToSubmission(IReadOnlyList<PhotoUpload> photos) => new()
    {
        SubmissionId = SubmissionId,
        Kind = Kind,
        Title = Title,
        Text = Text,
        ProcedureCode = ProcedureCode,
        DossierCode = DossierCode,
        ContactName = ContactName,
        ContactPhone = ContactPhone,
        ContactEmail = ContactEmail,
        ContactAddress = ContactAddress,
        ConsentContact = ConsentContact,
        ConsentPublish = ConsentPublish,
        SurveyResponseId = SurveyResponseId,
        Photos = photos,
    };

    /// <summary>Error field names of <see cref="PetitionFieldError"/> → the form's input names.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldNames = new Dictionary<string, string>
    {
        ["kind"] = "Input.Kind",
        ["title"] = "Input.Title",
        ["text"] = "Input.Text",
        ["procedureCode"] = "Input.ProcedureCode",
        ["dossierCode"] = "Input.DossierCode",
        ["contactName"] = "Input.ContactName",
        ["contactPhone"] = "Input.ContactPhone",
        ["contactEmail"] = "Input.ContactEmail",
        ["contactAddress"] = "Input.ContactAddress",
        ["consentContact"] = "Input.ConsentContact",
        ["photos"] = "Photos",
        ["surveyResponseId"] = "Input.SurveyResponseId",
    };

    /// <summary>The fields of the first step: what the petition is about.</summary>
    public static readonly IReadOnlySet<string> FirstStepFields = new HashSet<string> { "kind", "title", "text", "submissionId" };
}
