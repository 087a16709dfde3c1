using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Survey;

public class ThanksModel(TouchpointLookup touchpoints, SurveyService surveys, IDataProtectionProvider protection) : SurveyPage(touchpoints, protection)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public bool Dissatisfied { get; private set; }

    public bool FormDone { get; private set; }

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
        Dissatisfied = state.QuickRating == QuickRating.Dissatisfied;
        FormDone = state.FormDone;
        return Page();
    }
}
