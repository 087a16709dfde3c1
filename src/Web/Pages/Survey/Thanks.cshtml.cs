using CchcFeedback.Core.Data;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Survey;

public class ThanksModel(TouchpointLookup touchpoints, CchcDbContext db, IDataProtectionProvider protection) : SurveyPage(touchpoints, protection)
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
        var response = await db.SurveyResponses.AsNoTracking().Where(r => r.Id == Id && r.TouchpointId == Place.Id)
            .Select(r => new { r.QuickRating, r.Answers }).SingleOrDefaultAsync(cancellationToken);
        if (response is null)
        {
            return NotFound();
        }
        Dissatisfied = response.QuickRating == QuickRating.Dissatisfied;
        FormDone = response.Answers is not null;
        return Page();
    }
}
