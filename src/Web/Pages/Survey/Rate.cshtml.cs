using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Survey;

/// <summary>The quick rating: one screen, three levels, the reasons when dissatisfied, an optional dossier code.</summary>
public class RateModel(TouchpointLookup touchpoints, SurveyService surveys, IDataProtectionProvider protection) : SurveyPage(touchpoints, protection)
{
    public class InputModel
    {
        public Guid SubmissionId { get; set; }
        public QuickRating? Rating { get; set; }
        public List<string> Reasons { get; set; } = [];
        public string? DossierCode { get; set; }
    }

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["quickRating"] = "Input.Rating",
        ["dissatisfactionReasons"] = "Input.Reasons",
        ["dossierCode"] = "Input.DossierCode",
    };

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public SurveyFormDefinition Form => SurveyForms.Current;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadPlaceAsync(token, cancellationToken))
        {
            return NotFound();
        }
        Input.SubmissionId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadPlaceAsync(token, cancellationToken))
        {
            return NotFound();
        }
        var submission = new SurveySubmission
        {
            SubmissionId = Input.SubmissionId,
            QuickRating = Input.Rating,
            // Reasons ticked before changing one's mind to "satisfied" are not an error worth a second screen.
            DissatisfactionReasons = Input.Rating == QuickRating.Dissatisfied ? Input.Reasons : [],
            DossierCode = Input.DossierCode,
        };
        var result = await surveys.SubmitAsync(Place.Token, submission, SurveyChannels.QrPage, Source(), cancellationToken);
        if (result.Outcome == SurveySubmitOutcome.Invalid)
        {
            AddErrors(result.Errors, FieldNames);
            return Page();
        }
        return Redirect($"/q/{Place.Token}/thanks?id={result.ResponseId}");
    }
}
