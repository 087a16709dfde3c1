using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Survey;

/// <summary>The optional full SIPAS form, added to the quick rating the citizen just gave.</summary>
public class FormModel(TouchpointLookup touchpoints, SurveyService surveys, IDataProtectionProvider protection)
    : SurveyPage(touchpoints, protection)
{
    public class InputModel
    {
        /// <summary>Criterion number → 1–5, or 0 for "không áp dụng"; unanswered criteria are absent. Text as
        /// posted, read by <see cref="PostedAnswers"/>, so that a tampered key or level is refused, not dropped.</summary>
        public Dictionary<string, string?> Answers { get; set; } = [];
        public List<string> Expectations { get; set; } = [];
        public string? Comment { get; set; }
        public string? RespondentType { get; set; }
        public string? Gender { get; set; }
        public string? AgeBand { get; set; }
    }

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["answers"] = "Input.Answers",
        ["expectations"] = "Input.Expectations",
        ["comment"] = "Input.Comment",
        ["respondentType"] = "Input.RespondentType",
        ["gender"] = "Input.Gender",
        ["ageBand"] = "Input.AgeBand",
    };

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public SurveyFormDefinition Form => SurveyForms.Current;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadPlaceAsync(token, cancellationToken))
        {
            return NotFound();
        }
        var state = await surveys.StateAsync(Id, Place.Id, cancellationToken);
        if (state is null)
        {
            return NotFound();
        }
        return state.FormDone ? Redirect($"/q/{Place.Token}/thanks?id={Id}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (!await LoadPlaceAsync(token, cancellationToken))
        {
            return NotFound();
        }
        if (PostedAnswers.Read(Input.Answers, Form) is not { } answers)
        {
            AddErrors([PostedAnswers.Invalid], FieldNames);
            return Page();
        }
        var result = await surveys.CompleteFormAsync(Id, Place.Id, new SurveySubmission
        {
            Answers = answers,
            Expectations = Input.Expectations,
            Comment = Input.Comment,
            RespondentType = Input.RespondentType,
            Gender = Input.Gender,
            AgeBand = Input.AgeBand,
        }, cancellationToken);
        switch (result.Outcome)
        {
            case SurveySubmitOutcome.Invalid:
                AddErrors(result.Errors, FieldNames);
                return Page();
            case SurveySubmitOutcome.UnknownResponse:
                return NotFound();
            default:
                return Redirect($"/q/{Place.Token}/thanks?id={Id}");
        }
    }
}
