namespace CchcFeedback.Core.Catalog;

/// <summary>The sizes of the details file's format (docs in README, "The catalog"), shared by the model and the
/// importer's validation.</summary>
public static class ProcedureDetailsLimits
{
    public const int AgencyLength = 300;
    public const int UrlLength = 1000;
    public const int NotesLength = 1000;
    public const int MaxSteps = 20;
    public const int StepLength = 2000;
    public const int MaxDocuments = 40;
    public const int DocumentNameLength = 1000;
    public const int MaxCopies = 20;
    public const int ProcessingTimeLength = 1000;
    public const int MaxFees = 20;
    public const int FeeTextLength = 500;
    public const int ApplicantsLength = 1000;
    public const int RequirementsLength = 3000;
    public const int MaxLegalDocuments = 30;
    public const int LegalNumberLength = 100;
    public const int LegalTitleLength = 500;
    public const int ResultLength = 1000;
}
